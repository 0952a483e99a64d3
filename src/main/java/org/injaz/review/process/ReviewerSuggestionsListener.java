package org.injaz.review.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.review.ConflictOfInterest;

import org.springframework.stereotype.Component;

/**
 * Offers the coordinator the experts of the nomination's branch who have no conflict of
 * interest, as the options of the reviewer field in the screening form
 * ({@code reviewerOptions}, a JSON list of label and value).
 */
@Component("reviewerSuggestions")
class ReviewerSuggestionsListener implements ExecutionListener {

	private final IdentityService identityService;

	private final NominationService nominations;

	private final ConflictOfInterest conflictOfInterest;

	ReviewerSuggestionsListener(IdentityService identityService, NominationService nominations,
			ConflictOfInterest conflictOfInterest) {
		this.identityService = identityService;
		this.nominations = nominations;
		this.conflictOfInterest = conflictOfInterest;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Nomination nomination = this.nominations.get(execution.getProcessBusinessKey());
		String group = NominationProcess.reviewerGroup(nomination.getBranch().getCode());
		List<Map<String, String>> options = new ArrayList<>();
		for (User expert : this.identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
			if (!this.conflictOfInterest.conflicts(expert.getId(), nomination)) {
				options.add(Map.of("value", expert.getId(), "label",
						expert.getFirstName() + " " + expert.getLastName() + " (" + expert.getId() + ")"));
			}
		}
		execution.setVariable(NominationProcess.Var.REVIEWER_OPTIONS, Spin.JSON(options));
	}

}
