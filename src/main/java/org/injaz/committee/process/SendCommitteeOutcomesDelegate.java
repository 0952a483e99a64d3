package org.injaz.committee.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.process.CommitteeProcess.Var;
import org.injaz.nomination.NominationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells each nomination process its outcome (Message_CommitteeDecided with
 * {@code committeeOutcome}). A nomination that no longer waits for it, withdrawn in the
 * meantime, is skipped and listed in {@code outcomesSkipped}.
 */
@Component("sendCommitteeOutcomesDelegate")
class SendCommitteeOutcomesDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(SendCommitteeOutcomesDelegate.class);

	private final CommitteeService committee;

	private final RuntimeService runtimeService;

	SendCommitteeOutcomesDelegate(CommitteeService committee, RuntimeService runtimeService) {
		this.committee = committee;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int delivered = 0;
		List<String> skipped = new ArrayList<>();
		for (Map.Entry<String, NominationOutcome> outcome : this.committee.outcomes(CommitteeProcess.branch(execution))
			.entrySet()) {
			boolean received = !this.runtimeService.createMessageCorrelation(CommitteeProcess.MESSAGE_COMMITTEE_DECIDED)
				.processInstanceBusinessKey(outcome.getKey())
				.setVariable(Var.COMMITTEE_OUTCOME, outcome.getValue().name())
				.correlateAllWithResult()
				.isEmpty();
			if (received) {
				delivered++;
			}
			else {
				log.info("Nomination {} no longer waits for the committee's decision; outcome {} not sent",
						outcome.getKey(), outcome.getValue());
				skipped.add(outcome.getKey());
			}
		}
		execution.setVariable(Var.OUTCOMES_DELIVERED, delivered);
		execution.setVariable(Var.OUTCOMES_SKIPPED, String.join(", ", skipped));
	}

}
