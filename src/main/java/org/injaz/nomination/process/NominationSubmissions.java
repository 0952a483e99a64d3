package org.injaz.nomination.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;
import org.injaz.audit.AuditTrail;
import org.injaz.nomination.DraftContent;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.InvalidSubmissionException.FieldProblem;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationTargets;
import org.injaz.nomination.NominationTargets.Target;
import org.injaz.nomination.SubmissionIdempotency;
import org.injaz.nomination.process.NominationProcess.Var;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a nomination process for a nominee's submission through the product's API, after
 * the checks a nominee should hear about as a bad request rather than as a failed process
 * start.
 */
@Service
public class NominationSubmissions {

	private final RuntimeService runtimeService;

	private final NominationTargets targets;

	private final NominationDrafts drafts;

	private final SubmissionIdempotency idempotency;

	private final AuditTrail audit;

	private final NominationService nominationService;

	private final Attachments attachments;

	NominationSubmissions(RuntimeService runtimeService, NominationTargets targets, NominationDrafts drafts,
			SubmissionIdempotency idempotency, AuditTrail audit, NominationService nominationService,
			Attachments attachments) {
		this.nominationService = nominationService;
		this.attachments = attachments;
		this.runtimeService = runtimeService;
		this.targets = targets;
		this.drafts = drafts;
		this.idempotency = idempotency;
		this.audit = audit;
	}

	/** Returns the new nomination's reference. */
	@Transactional
	public String submit(String nominee, String programmeCode, Integer editionNumber, String branchCode,
			String entityName, EntityType entityType, String title, String summary, String serviceUrl,
			List<String> partnerEntities) {
		return submit(nominee, new DraftContent(programmeCode, editionNumber, branchCode, entityName, entityType, title,
				summary, serviceUrl, partnerEntities), null)
			.reference();
	}

	/**
	 * Submits a nomination; with an Idempotency-Key, a retry of the same request answers
	 * with the nomination the first one made, never a second one.
	 */
	@Transactional
	public Submission submit(String nominee, DraftContent content, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<String> earlier = this.idempotency.replayOrClaim(nominee, idempotencyKey, content);
			if (earlier.isPresent()) {
				return new Submission(earlier.get(), true);
			}
		}
		String reference = start(nominee, content, "via the API");
		if (idempotencyKey != null) {
			this.idempotency.recordNomination(nominee, idempotencyKey, reference);
		}
		return new Submission(reference, false);
	}

	/**
	 * Submits the owner's draft; a draft submitted before answers with its nomination,
	 * whatever the key.
	 */
	@Transactional
	public Submission submitDraft(UUID draftId, String owner, String idempotencyKey) {
		NominationDraft draft = this.drafts.lockForSubmission(draftId, owner);
		if (draft.isSubmitted()) {
			return new Submission(draft.getNominationReference(), true);
		}
		Submission submission = submit(owner, draft.content(), idempotencyKey);
		this.drafts.markSubmitted(draft, submission.reference());
		// The draft's evidence files become the nomination's, in this transaction.
		this.attachments.transfer(AttachmentOwner.draft(draftId), AttachmentOwner.nomination(submission.reference()));
		return submission;
	}

	private String start(String nominee, DraftContent content, String channel) {
		List<FieldProblem> missing = content.missingFields();
		if (!missing.isEmpty()) {
			throw new InvalidSubmissionException(missing);
		}
		Target target = this.targets.forSubmission(content);
		String programme = target.programmeCode();
		int number = target.editionNumber();
		String branchCode = target.branch().getCode();
		this.nominationService.refuseDuplicate(programme, number, branchCode, content.serviceUrl(), content.title());
		Map<String, Object> variables = new HashMap<>();
		variables.put(Var.NOMINEE, nominee);
		variables.put(Var.PROGRAMME_CODE, programme);
		variables.put(Var.EDITION_NUMBER, number);
		variables.put(Var.BRANCH_CODE, branchCode);
		variables.put(Var.ENTITY_NAME, content.entityName());
		variables.put(Var.ENTITY_TYPE, content.entityType().name());
		variables.put(Var.TITLE, content.title());
		variables.put(Var.SUMMARY, content.summary());
		variables.put(Var.SERVICE_URL, content.serviceUrl());
		if (!content.partnerEntities().isEmpty()) {
			// One per line, as the submit form's text area gives them.
			variables.put(Var.PARTNER_ENTITIES, String.join("\n", content.partnerEntities()));
		}
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY, variables);
		this.audit.record(nominee, "NOMINATION_SUBMITTED", instance.getBusinessKey(), channel);
		return instance.getBusinessKey();
	}

	/** The nomination a submission made, and whether an earlier request had made it. */
	public record Submission(String reference, boolean replayed) {
	}

}
