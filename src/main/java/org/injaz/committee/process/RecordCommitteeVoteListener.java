package org.injaz.committee.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.process.CommitteeProcess.Var;

import org.springframework.stereotype.Component;

/**
 * When a member completes Task_CastVote, records the vote in the domain; a vote the
 * branch's rules refuse (too many winners, say) fails the completion and the task stays
 * open.
 */
@Component("recordCommitteeVote")
class RecordCommitteeVoteListener implements TaskListener {

	private final CommitteeService committee;

	RecordCommitteeVoteListener(CommitteeService committee) {
		this.committee = committee;
	}

	@Override
	public void notify(DelegateTask task) {
		this.committee.recordVote(CommitteeProcess.branch(task), task.getAssignee(),
				FormSelections.references(task.getVariable(Var.VOTE_WINNERS)),
				FormSelections.references(task.getVariable(Var.VOTE_FINALISTS)));
	}

}
