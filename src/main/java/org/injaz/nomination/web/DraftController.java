package org.injaz.nomination.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;
import org.injaz.nomination.process.NominationSubmissions;
import org.injaz.nomination.process.NominationSubmissions.Submission;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A nominee's drafts: saved as often as they like, each change guarded by the version it
 * was made on (ETag / If-Match), submitted once however often the submit is retried.
 */
@Tag(name = "Drafts", description = "A nominee's nominations before submission")
@RestController
@RequestMapping("/api/v1/drafts")
class DraftController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Tells a client its retried request was answered from the first one. */
	static final String REPLAYED = "Idempotent-Replayed";

	private final NominationDrafts drafts;

	private final NominationSubmissions submissions;

	private final NominationQueries queries;

	DraftController(NominationDrafts drafts, NominationSubmissions submissions, NominationQueries queries) {
		this.drafts = drafts;
		this.submissions = submissions;
		this.queries = queries;
	}

	@PostMapping
	ResponseEntity<DraftView> create(@Valid @RequestBody DraftRequest request, Authentication caller) {
		NominationDraft draft = this.drafts.create(caller.getName(), request.content());
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.getId()))
			.eTag(Versions.etag(draft.getVersion()))
			.body(DraftView.of(draft));
	}

	@GetMapping
	List<DraftView> mine(Authentication caller) {
		return this.drafts.of(caller.getName()).stream().map(DraftView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<DraftView> one(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			Authentication caller) {
		NominationDraft draft = this.drafts.get(id, caller.getName());
		String etag = Versions.etag(draft.getVersion());
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(DraftView.of(draft));
	}

	@Operation(summary = "Save a draft", description = "Send the ETag you read in If-Match.")
	@ApiResponse(responseCode = "200", description = "Saved; the new ETag is in the response")
	@ApiResponse(responseCode = "404", description = "No such draft of yours",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The draft was already submitted",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "412", description = "The draft changed since you read it (stale ETag)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "428", description = "If-Match is missing",
			content = @Content(mediaType = "application/problem+json"))
	@PutMapping("/{id}")
	ResponseEntity<DraftView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DraftRequest request, Authentication caller) {
		long expected = Versions.expected(ifMatch, this.drafts.get(id, caller.getName()).getVersion());
		NominationDraft draft = this.drafts.update(id, caller.getName(), expected, request.content());
		return ResponseEntity.ok().eTag(Versions.etag(draft.getVersion())).body(DraftView.of(draft));
	}

	@Operation(summary = "Delete a draft", description = "Send the ETag you read in If-Match.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "412", description = "The draft changed since you read it (stale ETag)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "428", description = "If-Match is missing",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
		long expected = Versions.expected(ifMatch, this.drafts.get(id, caller.getName()).getVersion());
		this.drafts.delete(id, caller.getName(), expected);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Submits the draft: 201 with the nomination; a retry (or a second submit of the same
	 * draft) answers with that same nomination and {@code Idempotent-Replayed: true}.
	 */
	@Operation(summary = "Submit a draft",
			description = "Idempotent: a retry with the same Idempotency-Key, or a second submit of the draft, "
					+ "answers with the same nomination and Idempotent-Replayed: true.")
	@ApiResponse(responseCode = "201", description = "The nomination (also when replayed)")
	@ApiResponse(responseCode = "409", description = "A submission with this key is still running; retry",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/{id}/submit")
	ResponseEntity<NominationView> submit(@PathVariable UUID id,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, Authentication caller) {
		Submission submission = IdempotentRetry
			.once(() -> this.submissions.submitDraft(id, caller.getName(), idempotencyKey));
		return created(submission, this.queries.one(submission.reference(), caller.getName()));
	}

	static ResponseEntity<NominationView> created(Submission submission, NominationView view) {
		ResponseEntity.BodyBuilder response = ResponseEntity
			.created(URI.create("/api/v1/nominations/" + submission.reference()));
		if (submission.replayed()) {
			response.header(REPLAYED, "true");
		}
		return response.body(view);
	}

}
