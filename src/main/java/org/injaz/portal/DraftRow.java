package org.injaz.portal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.injaz.nomination.DraftContent;
import org.injaz.nomination.NominationDraft;
import org.injaz.portal.PortalEditions.EditionView;

/**
 * A draft in the nominee's list: its title, its branch's name and when it was last saved.
 * Public for the templates.
 */
public record DraftRow(UUID id, String title, String branchName, DualDate saved) {

	static DraftRow of(NominationDraft draft, List<EditionView> openEditions, Locale locale) {
		DraftContent content = draft.content();
		String branchName = openEditions.stream()
			.filter((edition) -> edition.programmeCode().equalsIgnoreCase(content.programmeCode())
					&& content.editionNumber() != null && edition.number() == content.editionNumber())
			.findFirst()
			.flatMap((edition) -> edition.branch(content.branchCode()))
			.map((branch) -> branch.name(locale))
			.orElse(content.branchCode());
		return new DraftRow(draft.getId(), content.title(), branchName, DualDate.of(draft.getUpdatedAt()));
	}

}
