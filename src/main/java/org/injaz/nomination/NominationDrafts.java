package org.injaz.nomination;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominees' drafts: only the owner sees or changes one, every change names the version it
 * was made on (a stale version is refused, never silently overwritten), and a submitted
 * draft stays as the record of what became the nomination.
 */
@Service
public class NominationDrafts {

	private final NominationDraftRepository drafts;

	private final NominationTargets targets;

	private final Clock clock;

	private final Attachments attachments;

	NominationDrafts(NominationDraftRepository drafts, NominationTargets targets, Clock clock,
			Attachments attachments) {
		this.drafts = drafts;
		this.targets = targets;
		this.clock = clock;
		this.attachments = attachments;
	}

	@Transactional
	public NominationDraft create(String owner, DraftContent content) {
		this.targets.checkDraft(content);
		return this.drafts.saveAndFlush(new NominationDraft(owner, content, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public NominationDraft get(UUID id, String owner) {
		return this.drafts.findById(id)
			.filter((draft) -> draft.getOwner().equals(owner))
			.orElseThrow(() -> new UnknownDraftException(id));
	}

	/** The owner's drafts not yet submitted, last changed first. */
	@Transactional(readOnly = true)
	public List<NominationDraft> of(String owner) {
		return this.drafts.findByOwnerAndNominationReferenceIsNullOrderByUpdatedAtDesc(owner);
	}

	@Transactional
	public NominationDraft update(UUID id, String owner, long expectedVersion, DraftContent content) {
		NominationDraft draft = current(id, owner, expectedVersion);
		this.targets.checkDraft(content);
		draft.apply(content, this.clock.instant());
		return this.drafts.saveAndFlush(draft);
	}

	@Transactional
	public void delete(UUID id, String owner, long expectedVersion) {
		NominationDraft draft = current(id, owner, expectedVersion);
		if (draft.isSubmitted()) {
			throw new DraftSubmittedException(id, draft.getNominationReference());
		}
		// A discarded draft takes its files with it (deleted once this commits).
		this.attachments.deleteAll(AttachmentOwner.draft(id));
		this.drafts.delete(draft);
	}

	/**
	 * The owner's draft, locked until the caller's transaction ends so that two
	 * submissions of it run one after the other.
	 */
	@Transactional
	public NominationDraft lockForSubmission(UUID id, String owner) {
		return this.drafts.findForSubmission(id)
			.filter((draft) -> draft.getOwner().equals(owner))
			.orElseThrow(() -> new UnknownDraftException(id));
	}

	@Transactional
	public void markSubmitted(NominationDraft draft, String reference) {
		draft.submittedAs(reference, this.clock.instant());
	}

	private NominationDraft current(UUID id, String owner, long expectedVersion) {
		NominationDraft draft = get(id, owner);
		if (draft.getVersion() != expectedVersion) {
			throw new StaleDraftException(id, draft.getVersion());
		}
		return draft;
	}

}
