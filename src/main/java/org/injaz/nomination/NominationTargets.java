package org.injaz.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.injaz.edition.Branch;
import org.injaz.edition.DualCalendarDate;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.OpenEditions;
import org.injaz.nomination.InvalidSubmissionException.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which edition and branch a draft or a submission names, with the answers a nominee
 * should hear as a bad request: unknown programme, edition or branch, a closed window.
 */
@Service
public class NominationTargets {

	private final Editions editions;

	private final OpenEditions openEditions;

	private final Clock clock;

	NominationTargets(Editions editions, OpenEditions openEditions, Clock clock) {
		this.editions = editions;
		this.openEditions = openEditions;
		this.clock = clock;
	}

	/**
	 * The edition and branch a submission goes to, its window open now. Programme and
	 * edition default to the Achievement Award's open edition.
	 */
	@Transactional(readOnly = true)
	public Target forSubmission(DraftContent content) {
		Target target = resolve(content, true);
		Edition edition = target.edition();
		if (!edition.acceptsNominationsAt(this.clock.instant())) {
			DualCalendarDate closes = DualCalendarDate.of(edition.getNominationClosesAt());
			DualCalendarDate opens = DualCalendarDate.of(edition.getNominationOpensAt());
			throw new InvalidSubmissionException("editionNumber", "windowClosed",
					"the nomination window of edition {0} is not open (it runs from {3} to {2})",
					String.valueOf(edition.getNumber()), opens.arabic() + " — " + closes.arabic(), closes.english(),
					opens.english());
		}
		return target;
	}

	/**
	 * Checks what a draft names so far; an empty draft is fine, an unknown branch is not.
	 */
	@Transactional(readOnly = true)
	public void checkDraft(DraftContent content) {
		boolean namesSomething = content.programmeCode() != null || content.editionNumber() != null
				|| (content.branchCode() != null && !content.branchCode().isBlank());
		if (namesSomething) {
			resolve(content, content.branchCode() != null && !content.branchCode().isBlank());
		}
	}

	private Target resolve(DraftContent content, boolean branchRequired) {
		String programme = (content.programmeCode() != null && !content.programmeCode().isBlank())
				? content.programmeCode().trim().toUpperCase(Locale.ROOT) : OpenEditions.DEFAULT_PROGRAMME;
		int number;
		if (content.editionNumber() != null) {
			number = content.editionNumber();
		}
		else {
			try {
				number = this.openEditions.currentNumber(programme);
			}
			catch (IllegalStateException ex) {
				throw new InvalidSubmissionException("editionNumber", "noOpenEdition",
						"names no open edition of programme {0}", programme);
			}
		}
		Edition edition = this.editions.findByProgrammeCodeAndNumber(programme, number)
			.orElseThrow(() -> new InvalidSubmissionException(List.of(new FieldProblem("editionNumber",
					"unknownEdition", "names no edition of programme {0}", new Object[] { programme }))));
		List<FieldProblem> problems = new ArrayList<>();
		Branch branch = null;
		if (branchRequired) {
			branch = edition.getProgramme()
				.getBranches()
				.stream()
				.filter((candidate) -> candidate.getCode().equalsIgnoreCase(content.branchCode().trim()))
				.findFirst()
				.orElse(null);
			if (branch == null) {
				problems.add(new FieldProblem("branchCode", "unknownBranch", "is not a branch of programme {0}",
						new Object[] { programme }));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSubmissionException(problems);
		}
		return new Target(edition, branch);
	}

	/** An edition and one of its programme's branches. */
	public record Target(Edition edition, Branch branch) {

		public String programmeCode() {
			return this.edition.getProgramme().getCode();
		}

		public int editionNumber() {
			return this.edition.getNumber();
		}

	}

}
