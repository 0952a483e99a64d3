package org.injaz.portal;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;
import org.injaz.nomination.ClarificationFiles;
import org.injaz.nomination.NominationDrafts;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.ClarificationAnswers;
import org.injaz.nomination.process.NominationTimeline;
import org.injaz.nomination.process.NominationWithdrawals;
import org.injaz.nomination.web.NominationQueries;
import org.injaz.nomination.web.NominationView;
import org.injaz.portal.PortalEditions.EditionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A nominee's own nominations: the list, one nomination with its status and open
 * question, answering that question, and withdrawing. Ownership is checked by the same
 * query the API uses (someone else's nomination does not exist).
 */
@Controller
class NomineePortalController {

	private final NominationQueries queries;

	private final NominationService nominations;

	private final ClarificationAnswers clarifications;

	private final NominationWithdrawals withdrawals;

	private final PortalEditions editions;

	private final NominationDrafts drafts;

	private final NominationTimeline timeline;

	private final Attachments attachments;

	private final ClarificationFiles answerFiles;

	NomineePortalController(NominationQueries queries, NominationService nominations,
			ClarificationAnswers clarifications, NominationWithdrawals withdrawals, PortalEditions editions,
			NominationDrafts drafts, NominationTimeline timeline, Attachments attachments,
			ClarificationFiles answerFiles) {
		this.queries = queries;
		this.nominations = nominations;
		this.clarifications = clarifications;
		this.withdrawals = withdrawals;
		this.editions = editions;
		this.drafts = drafts;
		this.timeline = timeline;
		this.attachments = attachments;
		this.answerFiles = answerFiles;
	}

	@GetMapping({ "/portal", "/portal/" })
	String home(Principal nominee, Model model, Locale locale) {
		model.addAttribute("nominations", this.queries.of(nominee.getName()));
		List<EditionView> open = this.editions.open();
		model.addAttribute("openEditions", open);
		model.addAttribute("drafts",
				this.drafts.of(nominee.getName()).stream().map((draft) -> DraftRow.of(draft, open, locale)).toList());
		return "portal/home";
	}

	@GetMapping("/portal/nominations/{reference}")
	String nomination(@PathVariable String reference, Principal nominee, Model model) {
		NominationView view = this.queries.one(reference, nominee.getName());
		show(view, nominee, model);
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new AnswerForm());
		}
		return "portal/nomination";
	}

	@PostMapping("/portal/nominations/{reference}/clarification")
	String answer(@PathVariable String reference, @Valid @ModelAttribute("answerForm") AnswerForm form,
			BindingResult errors, Principal nominee, Model model, RedirectAttributes redirect) {
		NominationView view = this.queries.one(reference, nominee.getName());
		if (form.partnerList().size() > 10) {
			errors.rejectValue("partnerEntities", "portal.field.too-many-partners");
		}
		if (errors.hasErrors()) {
			show(view, nominee, model);
			return "portal/nomination";
		}
		this.clarifications.answer(reference, nominee.getName(), form.getAnswer(), form.partnerList());
		redirect.addFlashAttribute("notice", "portal.clarification.answered");
		return "redirect:/portal/nominations/" + reference;
	}

	@GetMapping("/portal/nominations/{reference}/withdraw")
	String confirmWithdrawal(@PathVariable String reference, Principal nominee, Model model) {
		NominationView view = this.queries.one(reference, nominee.getName());
		model.addAttribute("nomination", view);
		return "portal/withdraw";
	}

	@PostMapping("/portal/nominations/{reference}/withdraw")
	String withdraw(@PathVariable String reference, Principal nominee, RedirectAttributes redirect) {
		this.queries.one(reference, nominee.getName());
		try {
			this.withdrawals.withdraw(reference);
			redirect.addFlashAttribute("notice", "portal.withdraw.done");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "portal.withdraw.refused");
		}
		return "redirect:/portal/nominations/" + reference;
	}

	private void show(NominationView view, Principal nominee, Model model) {
		model.addAttribute("nomination", view);
		model.addAttribute("openQuestion", openQuestion(view, nominee));
		model.addAttribute("clarifications", this.nominations.clarificationsOf(view.reference()));
		model.addAttribute("timeline", this.timeline.of(view.reference(), nominee.getName()));
		// The files of the answer being prepared are listed with the question, the rest
		// here.
		List<Attachment> answerFiles = this.answerFiles.ofOpenAnswer(view.reference());
		Set<UUID> pending = answerFiles.stream().map(Attachment::getId).collect(Collectors.toSet());
		model.addAttribute("answerFiles", EvidenceFile.of(answerFiles));
		model.addAttribute("evidence",
				EvidenceFile.of(this.attachments.of(AttachmentOwner.nomination(view.reference()))
					.stream()
					.filter((file) -> !pending.contains(file.getId()))
					.toList()));
	}

	private String openQuestion(NominationView view, Principal nominee) {
		if (view.status() != NominationStatus.CLARIFICATION_REQUESTED) {
			return null;
		}
		try {
			return this.clarifications.openQuestion(view.reference(), nominee.getName());
		}
		catch (UnknownNominationException ex) {
			// The question expired or was answered a moment ago.
			return null;
		}
	}

}
