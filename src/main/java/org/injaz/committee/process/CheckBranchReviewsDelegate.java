package org.injaz.committee.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.process.CommitteeProcess.Var;

import org.springframework.stereotype.Component;

/**
 * In the edition process, when a branch's turn comes: tells whether its reviews are
 * already all in (or it has no nominations), so that it does not wait for a
 * Message_BranchReviewsComplete that was sent before anyone listened, or never will be.
 * Local to the branch's scope: the branches run in parallel.
 */
@Component("checkBranchReviewsDelegate")
class CheckBranchReviewsDelegate implements JavaDelegate {

	private final CommitteeService committee;

	CheckBranchReviewsDelegate(CommitteeService committee) {
		this.committee = committee;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariableLocal(Var.BRANCH_REVIEWS_COMPLETE,
				this.committee.reviewsComplete(CommitteeProcess.branch(execution)));
	}

}
