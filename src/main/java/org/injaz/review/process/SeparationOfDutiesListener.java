package org.injaz.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.injaz.nomination.NominationService;
import org.injaz.review.ConflictOfInterest;

import org.springframework.stereotype.Component;

/**
 * On every assignment of a review or committee task (form, Tasklist, REST, claim),
 * refuses an assignee who works for the nominating entity. The refusal rolls the
 * assignment back and reaches the caller as a bad request.
 */
@Component("separationOfDuties")
class SeparationOfDutiesListener implements TaskListener {

	private final NominationService nominations;

	private final ConflictOfInterest conflictOfInterest;

	SeparationOfDutiesListener(NominationService nominations, ConflictOfInterest conflictOfInterest) {
		this.nominations = nominations;
		this.conflictOfInterest = conflictOfInterest;
	}

	@Override
	public void notify(DelegateTask task) {
		String assignee = task.getAssignee();
		if (assignee == null) {
			return;
		}
		this.conflictOfInterest.assertMayJudge(assignee,
				this.nominations.get(task.getExecution().getProcessBusinessKey()));
	}

}
