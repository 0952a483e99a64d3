package org.injaz.eligibility.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.eligibility.EligibilityFacts;
import org.injaz.eligibility.EligibilityFactsService;
import org.injaz.nomination.process.NominationProcess.Var;

import org.springframework.stereotype.Component;

/**
 * Writes the facts the eligibility decision reads: measurement against the e-Leadership
 * threshold, partner count, the entity's nth nomination, a recent win of the branch.
 */
@Component("collectEligibilityFactsDelegate")
class CollectEligibilityFactsDelegate implements JavaDelegate {

	private final EligibilityFactsService facts;

	CollectEligibilityFactsDelegate(EligibilityFactsService facts) {
		this.facts = facts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		EligibilityFacts facts = this.facts.of(execution.getProcessBusinessKey());
		execution.setVariable(Var.LEAD_MEASUREMENT, facts.leadMeasurement().name());
		execution.setVariable(Var.PARTNER_COUNT, facts.partnerCount());
		execution.setVariable(Var.ENTITY_NOMINATION_COUNT, facts.entityNominationCount());
		execution.setVariable(Var.WON_BRANCH_RECENTLY, facts.wonBranchRecently());
	}

}
