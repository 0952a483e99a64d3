package org.injaz.committee.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.process.CommitteeProcess.Var;

import org.springframework.stereotype.Component;

/**
 * When the chair completes Task_FinaliseDecision, records the final decision in the
 * domain. A decision the branch's rules refuse (more winners than allowed) fails the
 * completion: nothing is recorded and the task stays open for the chair.
 */
@Component("finaliseCommitteeDecision")
class FinaliseCommitteeDecisionListener implements TaskListener {

	private final CommitteeService committee;

	FinaliseCommitteeDecisionListener(CommitteeService committee) {
		this.committee = committee;
	}

	@Override
	public void notify(DelegateTask task) {
		this.committee.finalise(CommitteeProcess.branch(task), task.getAssignee(),
				FormSelections.references(task.getVariable(Var.WINNERS)),
				FormSelections.references(task.getVariable(Var.FINALISTS)));
	}

}
