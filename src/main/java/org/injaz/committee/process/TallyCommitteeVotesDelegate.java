package org.injaz.committee.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.TextSummary;
import org.injaz.committee.VoteTally;
import org.injaz.committee.process.CommitteeProcess.Var;

import org.springframework.stereotype.Component;

/**
 * Sums up the members' votes per candidate for the chair, as text.
 */
@Component("tallyCommitteeVotesDelegate")
class TallyCommitteeVotesDelegate implements JavaDelegate {

	private final CommitteeService committee;

	TallyCommitteeVotesDelegate(CommitteeService committee) {
		this.committee = committee;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Var.VOTE_TALLY, TextSummary
			.of(this.committee.tally(CommitteeProcess.branch(execution)).stream().map(VoteTally::line).toList()));
	}

}
