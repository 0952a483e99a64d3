package org.injaz.portal;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;
import org.injaz.nomination.DraftContent;
import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.InvalidSubmissionException.FieldProblem;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;
import org.injaz.nomination.StaleDraftException;
import org.injaz.nomination.process.NominationSubmissions;
import org.injaz.portal.PortalEditions.BranchView;
import org.injaz.portal.PortalEditions.EditionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A nomination in the making: the first save creates the draft, later saves carry the
 * version the nominee edited (a stale one is refused with the current draft shown), and
 * submitting saves, checks the branch's required fields and submits through the same
 * service as the API.
 */
@Controller
class DraftPagesController {

	private final NominationDrafts drafts;

	private final NominationSubmissions submissions;

	private final PortalEditions editions;

	private final Attachments attachments;

	DraftPagesController(NominationDrafts drafts, NominationSubmissions submissions, PortalEditions editions,
			Attachments attachments) {
		this.drafts = drafts;
		this.submissions = submissions;
		this.editions = editions;
		this.attachments = attachments;
	}

	@PostMapping("/portal/drafts")
	String create(@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult errors, Principal nominee,
			Model model, RedirectAttributes redirect) {
		Optional<EditionView> edition = edition(form);
		Optional<BranchView> branch = edition.flatMap((found) -> found.branch(form.getBranchCode()));
		if (branch.isEmpty()) {
			redirect.addFlashAttribute("problem", "portal.new.unknown-branch");
			return "redirect:/portal/nominations/new";
		}
		if (!errors.hasErrors()) {
			try {
				NominationDraft draft = this.drafts.create(nominee.getName(), content(form));
				redirect.addFlashAttribute("notice", "portal.draft.saved");
				return "redirect:/portal/drafts/" + draft.getId();
			}
			catch (InvalidSubmissionException ex) {
				reject(errors, ex.getProblems());
			}
		}
		model.addAttribute("editions", this.editions.open());
		model.addAttribute("edition", edition.get());
		model.addAttribute("branch", branch.get());
		model.addAttribute("entityTypes", NewNominationController.entityTypes(branch.get()));
		return "portal/new";
	}

	@GetMapping("/portal/drafts/{id}")
	String edit(@PathVariable UUID id, Principal nominee, Model model) {
		NominationDraft draft = this.drafts.get(id, nominee.getName());
		if (draft.isSubmitted()) {
			return "redirect:/portal/nominations/" + draft.getNominationReference();
		}
		return show(draft, formOf(draft), model);
	}

	@PostMapping("/portal/drafts/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("draftForm") DraftForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Principal nominee, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		NominationDraft draft = this.drafts.get(id, nominee.getName());
		if (draft.isSubmitted()) {
			redirect.addFlashAttribute("problem", "portal.draft.already-submitted");
			return "redirect:/portal/nominations/" + draft.getNominationReference();
		}
		// The draft's edition and branch are fixed once chosen.
		form.setProgrammeCode(draft.content().programmeCode());
		form.setEditionNumber(draft.content().editionNumber());
		form.setBranchCode(draft.content().branchCode());
		if (errors.hasErrors()) {
			return show(draft, form, model);
		}
		NominationDraft saved;
		try {
			long version = (form.getVersion() != null) ? form.getVersion() : -1;
			saved = this.drafts.update(id, nominee.getName(), version, content(form));
		}
		catch (StaleDraftException ex) {
			NominationDraft current = this.drafts.get(id, nominee.getName());
			model.addAttribute("problem", "portal.draft.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(current, formOf(current), model);
		}
		catch (InvalidSubmissionException ex) {
			reject(errors, ex.getProblems());
			return show(draft, form, model);
		}
		form.setVersion(saved.getVersion());
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("notice", "portal.draft.saved");
			return "redirect:/portal/drafts/" + id;
		}
		List<FieldProblem> missing = missing(saved);
		if (!missing.isEmpty()) {
			reject(errors, missing);
			return show(saved, form, model);
		}
		try {
			String reference = this.submissions
				.submitDraft(id, nominee.getName(), DraftForm.blankToNull(form.getIdempotencyKey()))
				.reference();
			redirect.addFlashAttribute("notice", "portal.draft.submitted");
			return "redirect:/portal/nominations/" + reference;
		}
		catch (InvalidSubmissionException ex) {
			reject(errors, ex.getProblems());
			return show(saved, form, model);
		}
	}

	@PostMapping("/portal/drafts/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(required = false) Long version, Principal nominee,
			RedirectAttributes redirect) {
		try {
			this.drafts.delete(id, nominee.getName(), (version != null) ? version : -1);
			redirect.addFlashAttribute("notice", "portal.draft.deleted");
			return "redirect:/portal";
		}
		catch (StaleDraftException ex) {
			redirect.addFlashAttribute("problem", "portal.draft.stale");
			return "redirect:/portal/drafts/" + id;
		}
	}

	/** The required fields the draft leaves empty, as the API would name them. */
	private List<FieldProblem> missing(NominationDraft draft) {
		return draft.content().missingFields();
	}

	private String show(NominationDraft draft, DraftForm form, Model model) {
		DraftContent content = draft.content();
		Optional<EditionView> edition = (content.programmeCode() != null && content.editionNumber() != null)
				? this.editions.find(content.programmeCode(), content.editionNumber()) : Optional.empty();
		Optional<BranchView> branch = edition.flatMap((found) -> found.branch(content.branchCode()));
		model.addAttribute("draft", draft);
		model.addAttribute("draftForm", form);
		model.addAttribute("edition", edition.orElse(null));
		model.addAttribute("branch", branch.orElse(null));
		model.addAttribute("entityTypes", branch.map(NewNominationController::entityTypes).orElse(List.of()));
		model.addAttribute("evidence", EvidenceFile.of(this.attachments.of(AttachmentOwner.draft(draft.getId()))));
		return "portal/draft";
	}

	private Optional<EditionView> edition(DraftForm form) {
		if (form.getProgrammeCode() == null || form.getEditionNumber() == null) {
			return Optional.empty();
		}
		return this.editions.find(form.getProgrammeCode(), form.getEditionNumber());
	}

	static DraftContent content(DraftForm form) {
		return new DraftContent(DraftForm.blankToNull(form.getProgrammeCode()), form.getEditionNumber(),
				DraftForm.blankToNull(form.getBranchCode()), DraftForm.blankToNull(form.getEntityName()),
				form.getEntityType(), DraftForm.blankToNull(form.getTitle()), DraftForm.blankToNull(form.getSummary()),
				DraftForm.blankToNull(form.getServiceUrl()), form.partnerList());
	}

	static DraftForm formOf(NominationDraft draft) {
		DraftContent content = draft.content();
		DraftForm form = new DraftForm();
		form.setProgrammeCode(content.programmeCode());
		form.setEditionNumber(content.editionNumber());
		form.setBranchCode(content.branchCode());
		form.setEntityName(content.entityName());
		form.setEntityType(content.entityType());
		form.setTitle(content.title());
		form.setSummary(content.summary());
		form.setServiceUrl(content.serviceUrl());
		form.setPartnerEntities(String.join("\n", content.partnerEntities()));
		form.setVersion(draft.getVersion());
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return form;
	}

	/** The service's problems beside their fields, in the reader's language. */
	private static void reject(BindingResult errors, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			String field = errors.getFieldType(problem.field()) != null ? problem.field() : null;
			String code = "required".equals(problem.code()) ? "portal.field.required" : problem.getCodes()[0];
			if (field != null) {
				errors.rejectValue(field, code, problem.getArguments(), problem.getDefaultMessage());
			}
			else {
				errors.reject(code, problem.getArguments(), problem.getDefaultMessage());
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
