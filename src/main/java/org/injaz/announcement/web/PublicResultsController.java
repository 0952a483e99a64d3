package org.injaz.announcement.web;

import java.util.List;

import org.injaz.announcement.AnnouncedResults;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Announced winners and finalists, open to everyone, per programme, edition and branch;
 * nothing before the announcement.
 */
@RestController
class PublicResultsController {

	private final AnnouncedResults results;

	PublicResultsController(AnnouncedResults results) {
		this.results = results;
	}

	@GetMapping("/api/v1/public/results")
	@Transactional(readOnly = true)
	public List<PublicResult> results(@RequestParam(required = false) String programme,
			@RequestParam(required = false) Integer edition, @RequestParam(required = false) String branch) {
		return this.results.findAnnounced()
			.stream()
			.filter((n) -> programme == null || n.getEdition().getProgramme().getCode().equalsIgnoreCase(programme))
			.filter((n) -> edition == null || n.getEdition().getNumber() == edition)
			.filter((n) -> branch == null || n.getBranch().getCode().equalsIgnoreCase(branch))
			.map((n) -> new PublicResult(n.getEdition().getProgramme().getCode(), n.getEdition().getNumber(),
					n.getBranch().getCode(), n.getBranch().getNameAr(), n.getBranch().getNameEn(), n.getReference(),
					n.getTitle(), n.getEntityName(), n.getOutcome().name()))
			.toList();
	}

	record PublicResult(String programmeCode, int editionNumber, String branchCode, String branchNameAr,
			String branchNameEn, String reference, String title, String entityName, String outcome) {
	}

}
