package org.injaz.nomination.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.injaz.edition.EditionCoordinators;
import org.injaz.nomination.process.ClarificationAnswers;
import org.injaz.nomination.process.NominationSubmissions;
import org.injaz.nomination.process.NominationSubmissions.Submission;
import org.injaz.nomination.process.NominationWithdrawals;
import org.injaz.problem.ApiRefusal;
import org.injaz.security.Roles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who reaches these endpoints is decided in AccessRules; whose nominations a caller sees
 * is decided here: nominees only their own, coordinators and admins all.
 */
@Tag(name = "Nominations", description = "Submitted nominations: yours as a nominee, your editions' as a coordinator")
@RestController
@RequestMapping("/api/v1/nominations")
class NominationController {

	private final NominationQueries queries;

	private final NominationSubmissions submissions;

	private final NominationWithdrawals withdrawals;

	private final ClarificationAnswers clarifications;

	NominationController(NominationQueries queries, NominationSubmissions submissions,
			NominationWithdrawals withdrawals, ClarificationAnswers clarifications) {
		this.queries = queries;
		this.submissions = submissions;
		this.withdrawals = withdrawals;
		this.clarifications = clarifications;
	}

	@GetMapping
	List<NominationView> list(Authentication caller) {
		if (!isStaff(caller)) {
			return this.queries.of(caller.getName());
		}
		return this.queries.all().stream().filter((view) -> visibleTo(caller, view)).toList();
	}

	/** One nomination with its status timeline. */
	@GetMapping("/{reference}")
	NominationDetailView one(@PathVariable String reference, Authentication caller) {
		if (!isStaff(caller)) {
			return this.queries.detail(reference, caller.getName(), (view) -> true);
		}
		return this.queries.detail(reference, null, (view) -> visibleTo(caller, view));
	}

	/** Coordinators see the editions they coordinate, admins all. */
	private static boolean visibleTo(Authentication caller, NominationView view) {
		return EditionCoordinators.sees(authorityNames(caller), view.programmeCode(), view.editionNumber());
	}

	/**
	 * Submits in one step (without a draft). With an {@code Idempotency-Key}, a retry
	 * answers with the nomination the first request made and
	 * {@code Idempotent-Replayed: true}; the same key with a different request is refused
	 * (422).
	 */
	@Operation(summary = "Submit a nomination in one step")
	@ApiResponse(responseCode = "201", description = "The nomination (also when replayed)")
	@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping
	ResponseEntity<NominationView> submit(@Valid @RequestBody SubmitNominationRequest request,
			@RequestHeader(name = DraftController.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			Authentication caller) {
		Submission submission = IdempotentRetry
			.once(() -> this.submissions.submit(caller.getName(), request.content(), idempotencyKey));
		return DraftController.created(submission, this.queries.one(submission.reference(), caller.getName()));
	}

	/**
	 * Withdraws the caller's own nomination; refused (409) once the committee has
	 * decided.
	 */
	@PostMapping("/{reference}/withdraw")
	NominationView withdraw(@PathVariable String reference, Authentication caller) {
		this.queries.one(reference, caller.getName());
		try {
			this.withdrawals.withdraw(reference, caller.getName());
		}
		catch (IllegalStateException ex) {
			throw new ApiRefusal(HttpStatus.CONFLICT, "notWithdrawable", reference);
		}
		return this.queries.one(reference, caller.getName());
	}

	/**
	 * The coordinator's open question on the caller's nomination (404 when there is
	 * none).
	 */
	@GetMapping("/{reference}/clarification")
	Map<String, String> clarification(@PathVariable String reference, Authentication caller) {
		this.queries.one(reference, caller.getName());
		return Map.of("reference", reference, "question",
				this.clarifications.openQuestion(reference, caller.getName()));
	}

	@PostMapping("/{reference}/clarification")
	ResponseEntity<Void> answer(@PathVariable String reference, @Valid @RequestBody ClarificationAnswerRequest request,
			Authentication caller) {
		this.queries.one(reference, caller.getName());
		this.clarifications.answer(reference, caller.getName(), request.answer(), request.partnerEntities());
		return ResponseEntity.noContent().build();
	}

	private static boolean isStaff(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + Roles.COORDINATOR)
					|| authority.getAuthority().equals("ROLE_" + Roles.ADMIN));
	}

	private static java.util.Set<String> authorityNames(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(org.springframework.security.core.GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
	}

}
