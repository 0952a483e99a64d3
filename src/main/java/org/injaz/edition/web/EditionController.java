package org.injaz.edition.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.injaz.edition.Branch;
import org.injaz.edition.Criterion;
import org.injaz.edition.DualCalendarDate;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.problem.ApiRefusal;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editions, newest first, with every date a user sees in both calendars (Umm al-Qura and
 * Gregorian).
 */
@RestController
@RequestMapping("/api/v1/editions")
class EditionController {

	private static final DateTimeFormatter HIJRI_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Editions editions;

	EditionController(Editions editions) {
		this.editions = editions;
	}

	@GetMapping
	@Transactional(readOnly = true)
	public List<EditionView> list() {
		return this.editions.findAll()
			.stream()
			.sorted(Comparator.comparing((Edition edition) -> edition.getProgramme().getCode())
				.thenComparing(Edition::getNumber, Comparator.reverseOrder()))
			.map(EditionController::view)
			.toList();
	}

	@GetMapping("/{programmeCode}/{number}")
	@Transactional(readOnly = true)
	public EditionView one(@PathVariable String programmeCode, @PathVariable int number) {
		return this.editions.findByProgrammeCodeAndNumber(programmeCode.toUpperCase(java.util.Locale.ROOT), number)
			.map(EditionController::view)
			.orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "unknownEdition", String.valueOf(number),
					programmeCode.toUpperCase(java.util.Locale.ROOT)));
	}

	private static EditionView view(Edition edition) {
		return new EditionView(edition.getProgramme().getCode(), edition.getProgramme().getNameAr(),
				edition.getProgramme().getNameEn(), edition.getNumber(), edition.acceptsNominationsAt(Instant.now()),
				date(edition.getNominationOpensAt()), date(edition.getNominationClosesAt()),
				date(edition.getReviewDeadline()), date(edition.getCeremonyAt()),
				edition.getProgramme().getBranches().stream().map(EditionController::branch).toList());
	}

	private static BranchView branch(Branch branch) {
		return new BranchView(branch.getCode(), branch.getNameAr(), branch.getNameEn(),
				branch.getNominatorKind().name(), branch.getMaxWinners(), branch.getMaxFinalists(),
				branch.getCriteria().stream().map(EditionController::criterion).toList());
	}

	private static CriterionView criterion(Criterion criterion) {
		return new CriterionView(criterion.getCode(), criterion.getNameAr(), criterion.getNameEn(),
				criterion.getWeight());
	}

	static DateView date(Instant instant) {
		DualCalendarDate date = DualCalendarDate.of(instant);
		return new DateView(instant, date.gregorian().toString(), HIJRI_ISO.format(date.hijri()), date.arabic(),
				date.english());
	}

	record EditionView(String programmeCode, String programmeNameAr, String programmeNameEn, int number, boolean open,
			DateView nominationOpens, DateView nominationCloses, DateView reviewDeadline, DateView ceremony,
			List<BranchView> branches) {
	}

	record BranchView(String code, String nameAr, String nameEn, String whoMayNominate, int maxWinners,
			int maxFinalists, List<CriterionView> criteria) {
	}

	record CriterionView(String code, String nameAr, String nameEn, int weight) {
	}

	/**
	 * An instant with its Riyadh date in both calendars, as data (ISO) and as text
	 * (Arabic, English).
	 */
	record DateView(Instant instant, String gregorian, String hijri, String ar, String en) {
	}

}
