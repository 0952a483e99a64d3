package org.injaz.portal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.injaz.edition.Branch;
import org.injaz.edition.Criterion;
import org.injaz.edition.Edition;
import org.injaz.nomination.DraftContent;
import org.injaz.edition.Editions;
import org.injaz.edition.NominatorKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions and their branches as the portal shows them, read in one transaction (the
 * programme's branches and criteria load lazily).
 */
@Service
class PortalEditions {

	/** Government-to-government cooperation: nominated jointly with partner entities. */
	static final String COOPERATION_BRANCH = "G2G";

	private final Editions editions;

	private final Clock clock;

	PortalEditions(Editions editions, Clock clock) {
		this.editions = editions;
		this.clock = clock;
	}

	/** Editions whose nomination window is open now, newest first. */
	@Transactional(readOnly = true)
	List<EditionView> open() {
		return this.editions.findAll()
			.stream()
			.filter((edition) -> edition.acceptsNominationsAt(this.clock.instant()))
			.sorted(Comparator.comparing((Edition edition) -> edition.getProgramme().getCode())
				.thenComparing(Edition::getNumber, Comparator.reverseOrder()))
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<EditionView> find(String programmeCode, int number) {
		return this.editions.findByProgrammeCodeAndNumber(programmeCode.toUpperCase(Locale.ROOT), number)
			.map(this::view);
	}

	private EditionView view(Edition edition) {
		return new EditionView(edition.getProgramme().getCode(), edition.getProgramme().getNameAr(),
				edition.getProgramme().getNameEn(), edition.getNumber(),
				edition.acceptsNominationsAt(this.clock.instant()), DualDate.of(edition.getNominationOpensAt()),
				DualDate.of(edition.getNominationClosesAt()), DualDate.of(edition.getReviewDeadline()),
				DualDate.of(edition.getCeremonyAt()), DualDate.of(edition.getAnnouncedAt()),
				edition.getProgramme().getBranches().stream().map(PortalEditions::branch).toList());
	}

	private static BranchView branch(Branch branch) {
		return new BranchView(branch.getCode(), branch.getNameAr(), branch.getNameEn(), branch.getNominatorKind(),
				branch.getMaxWinners(), branch.getMaxFinalists(),
				branch.getCriteria().stream().map(PortalEditions::criterion).toList(), requiredFields(branch));
	}

	private static CriterionView criterion(Criterion criterion) {
		return new CriterionView(criterion.getCode(), criterion.getNameAr(), criterion.getNameEn(),
				criterion.getWeight());
	}

	/**
	 * The fields a nomination must fill: the domain's one list, the same the API enforces
	 * (the branch is chosen before the form opens).
	 */
	static List<String> requiredFields(Branch branch) {
		return DraftContent.REQUIRED_FIELDS.stream().filter((field) -> !field.equals("branchCode")).toList();
	}

	/** An edition with its dates in both calendars. Public for the templates. */
	public record EditionView(String programmeCode, String programmeNameAr, String programmeNameEn, int number,
			boolean open, DualDate nominationOpens, DualDate nominationCloses, DualDate reviewDeadline,
			DualDate ceremony, DualDate announced, List<BranchView> branches) {

		public String key() {
			return this.programmeCode + "-" + this.number;
		}

		public String programmeName(Locale locale) {
			return Texts.pick(locale, this.programmeNameAr, this.programmeNameEn);
		}

		public Optional<BranchView> branch(String code) {
			return this.branches.stream().filter((branch) -> branch.code().equalsIgnoreCase(code)).findFirst();
		}

	}

	/** A branch, who may nominate to it, and how it is judged. */
	public record BranchView(String code, String nameAr, String nameEn, NominatorKind nominatorKind, int maxWinners,
			int maxFinalists, List<CriterionView> criteria, List<String> requiredFields) {

		public String name(Locale locale) {
			return Texts.pick(locale, this.nameAr, this.nameEn);
		}

		public boolean individual() {
			return this.nominatorKind == NominatorKind.INDIVIDUAL;
		}

		/** A joint nomination's branch: its form asks for the partner entities. */
		public boolean cooperation() {
			return COOPERATION_BRANCH.equalsIgnoreCase(this.code);
		}

		public boolean requires(String field) {
			return this.requiredFields.contains(field);
		}

	}

	/** A weighted criterion. */
	public record CriterionView(String code, String nameAr, String nameEn, int weight) {

		public String name(Locale locale) {
			return Texts.pick(locale, this.nameAr, this.nameEn);
		}

	}

}
