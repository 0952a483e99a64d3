package org.injaz.nomination.process;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.process.NominationProcess.Var;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * When no nomination of this branch is still screened, clarified or reviewed, tells the
 * edition process (message {@code Message_BranchReviewsComplete}) so that it can start
 * the branch's committee. The edition may not be listening (tests, or the review deadline
 * passed): then nothing happens.
 */
@Component("notifyBranchReviewsCompleteDelegate")
class NotifyBranchReviewsCompleteDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(NotifyBranchReviewsCompleteDelegate.class);

	private final NominationService nominations;

	NotifyBranchReviewsCompleteDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!this.nominations.reviewsCompleteInBranchOf(execution.getProcessBusinessKey())) {
			return;
		}
		String programme = (String) execution.getVariable(Var.PROGRAMME_CODE);
		int edition = ((Number) execution.getVariable(Var.EDITION_NUMBER)).intValue();
		String branch = (String) execution.getVariable(Var.BRANCH_CODE);
		// correlateAll: no match is no error. A failed nested command (such as a
		// correlation that throws MismatchingMessageCorrelationException) would mark the
		// shared Spring transaction rollback-only even if the exception were caught here.
		try {
			int told = execution.getProcessEngineServices()
				.getRuntimeService()
				.createMessageCorrelation(NominationProcess.Message.BRANCH_REVIEWS_COMPLETE)
				.processInstanceBusinessKey(NominationProcess.editionKey(programme, edition))
				.localVariableEquals(Var.BRANCH_CODE, branch)
				.correlateAllWithResult()
				.size();
			log.debug("Branch {} of edition {} reviewed; {} edition process(es) told", branch,
					NominationProcess.editionKey(programme, edition), told);
		}
		catch (MismatchingMessageCorrelationException ex) {
			log.debug("Edition {} is not waiting for branch {}: {}", NominationProcess.editionKey(programme, edition),
					branch, ex.getMessage());
		}
	}

}
