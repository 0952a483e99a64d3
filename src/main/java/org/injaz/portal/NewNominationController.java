package org.injaz.portal;

import java.util.List;
import java.util.Optional;

import org.injaz.nomination.EntityType;
import org.injaz.portal.PortalEditions.BranchView;
import org.injaz.portal.PortalEditions.EditionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start of a nomination: the open editions' branches, each with who may nominate, its
 * weighted criteria and its required fields; once a branch is chosen, the form whose
 * first save makes the draft.
 */
@Controller
class NewNominationController {

	private final PortalEditions editions;

	NewNominationController(PortalEditions editions) {
		this.editions = editions;
	}

	@GetMapping("/portal/nominations/new")
	String start(@RequestParam(required = false) String edition, @RequestParam(required = false) String branch,
			Model model) {
		List<EditionView> open = this.editions.open();
		model.addAttribute("editions", open);
		Optional<EditionView> chosenEdition = open.stream()
			.filter((candidate) -> candidate.key().equalsIgnoreCase(edition))
			.findFirst();
		Optional<BranchView> chosenBranch = chosenEdition.flatMap((candidate) -> candidate.branch(branch));
		if (chosenBranch.isPresent()) {
			model.addAttribute("edition", chosenEdition.get());
			model.addAttribute("branch", chosenBranch.get());
			model.addAttribute("entityTypes", entityTypes(chosenBranch.get()));
			DraftForm form = new DraftForm();
			form.setProgrammeCode(chosenEdition.get().programmeCode());
			form.setEditionNumber(chosenEdition.get().number());
			form.setBranchCode(chosenBranch.get().code());
			if (chosenBranch.get().individual()) {
				form.setEntityType(EntityType.INDIVIDUAL);
			}
			model.addAttribute("draftForm", form);
		}
		else if (branch != null) {
			model.addAttribute("problem", "portal.new.unknown-branch");
		}
		return "portal/new";
	}

	/** Who may nominate to the branch, as the choices of the form. */
	static List<EntityType> entityTypes(BranchView branch) {
		return branch.individual() ? List.of(EntityType.INDIVIDUAL)
				: List.of(EntityType.GOVERNMENT, EntityType.SEMI_GOVERNMENT);
	}

}
