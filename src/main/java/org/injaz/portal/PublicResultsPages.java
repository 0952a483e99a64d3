package org.injaz.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.injaz.announcement.AnnouncedResults;
import org.injaz.nomination.Nomination;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The announced winners and finalists, grouped by edition and branch, from the same query
 * as {@code GET /api/v1/public/results}; nothing before an announcement.
 */
@Service
class PublicResultsPages {

	private final AnnouncedResults results;

	PublicResultsPages(AnnouncedResults results) {
		this.results = results;
	}

	/** Every announced edition, newest first within each programme. */
	@Transactional(readOnly = true)
	List<AnnouncedEdition> editions() {
		return group(this.results.findAnnounced());
	}

	/** One edition's results; empty when nothing is announced. */
	@Transactional(readOnly = true)
	List<AnnouncedEdition> edition(String programmeCode, int number) {
		List<Nomination> announced = this.results.findAnnounced()
			.stream()
			.filter((n) -> n.getEdition().getProgramme().getCode().equalsIgnoreCase(programmeCode))
			.filter((n) -> n.getEdition().getNumber() == number)
			.toList();
		return group(announced);
	}

	private static List<AnnouncedEdition> group(List<Nomination> nominations) {
		Map<String, AnnouncedEdition> editions = new LinkedHashMap<>();
		for (Nomination n : nominations) {
			var edition = n.getEdition();
			AnnouncedEdition announced = editions.computeIfAbsent(
					edition.getProgramme().getCode() + "-" + edition.getNumber(),
					(key) -> new AnnouncedEdition(edition.getProgramme().getCode(), edition.getProgramme().getNameAr(),
							edition.getProgramme().getNameEn(), edition.getNumber(),
							DualDate.of(edition.getAnnouncedAt()), new ArrayList<>()));
			AnnouncedBranch branch = announced.branches()
				.stream()
				.filter((candidate) -> candidate.code().equals(n.getBranch().getCode()))
				.findFirst()
				.orElseGet(() -> {
					AnnouncedBranch created = new AnnouncedBranch(n.getBranch().getCode(), n.getBranch().getNameAr(),
							n.getBranch().getNameEn(), new ArrayList<>());
					announced.branches().add(created);
					return created;
				});
			branch.results().add(new Result(n.getReference(), n.getTitle(), n.getEntityName(), n.getOutcome().name()));
		}
		return List.copyOf(editions.values());
	}

	/** Public for the templates. */
	public record AnnouncedEdition(String programmeCode, String programmeNameAr, String programmeNameEn, int number,
			DualDate announced, List<AnnouncedBranch> branches) {

		public String programmeName(Locale locale) {
			return Texts.pick(locale, this.programmeNameAr, this.programmeNameEn);
		}

	}

	public record AnnouncedBranch(String code, String nameAr, String nameEn, List<Result> results) {

		public String name(Locale locale) {
			return Texts.pick(locale, this.nameAr, this.nameEn);
		}

	}

	public record Result(String reference, String title, String entityName, String outcome) {

	}

}
