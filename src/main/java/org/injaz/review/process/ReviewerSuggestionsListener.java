package org.injaz.review.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * Offers the coordinator the experts of the nomination's branch who may review it, least
 * loaded first, as the options of the reviewer fields ({@code reviewerOptions}, a JSON
 * list of label and value): never one from the nominating or a partner entity, nor one
 * who already had it. For the first assignment it also pre-selects as many as the branch
 * asks for ({@code reviewers}, {@code reviewersNeeded}).
 */
@Component("reviewerSuggestions")
class ReviewerSuggestionsListener implements ExecutionListener {

	private final IdentityService identityService;

	private final NominationService nominations;

	private final ReviewService reviews;

	ReviewerSuggestionsListener(IdentityService identityService, NominationService nominations, ReviewService reviews) {
		this.identityService = identityService;
		this.nominations = nominations;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		Nomination nomination = this.nominations.get(reference);
		String group = NominationProcess.reviewerGroup(nomination.getBranch().getCode());
		Map<String, User> experts = new LinkedHashMap<>();
		this.identityService.createUserQuery()
			.memberOfGroup(group)
			.orderByUserId()
			.asc()
			.list()
			.forEach((expert) -> experts.put(expert.getId(), expert));
		List<String> suggested = this.reviews.suggestReviewers(reference, new ArrayList<>(experts.keySet()));
		List<Map<String, String>> options = new ArrayList<>();
		for (String id : suggested) {
			User expert = experts.get(id);
			options.add(
					Map.of("value", id, "label", expert.getFirstName() + " " + expert.getLastName() + " (" + id + ")"));
		}
		execution.setVariable(Var.REVIEWER_OPTIONS, Spin.JSON(options));
		if (NominationProcess.TASK_ASSIGN_REVIEWERS.equals(execution.getCurrentActivityId())) {
			int needed = this.reviews.reviewersNeeded(reference);
			execution.setVariable(Var.REVIEWERS_NEEDED, needed);
			execution.setVariable(Var.REVIEWERS, Spin.JSON(suggested.subList(0, Math.min(needed, suggested.size()))));
		}
	}

}
