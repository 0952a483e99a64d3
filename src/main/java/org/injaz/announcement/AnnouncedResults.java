package org.injaz.announcement;

import java.util.List;

import org.injaz.nomination.Nomination;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Only what has been announced: nominations in status ANNOUNCED that won or reached the
 * final.
 */
public interface AnnouncedResults extends Repository<Nomination, Long> {

	@Query("""
			select n from Nomination n join fetch n.branch b join fetch n.edition e join fetch e.programme p
			where n.status = org.injaz.nomination.NominationStatus.ANNOUNCED
			  and n.outcome in (org.injaz.nomination.NominationOutcome.WINNER,
			                    org.injaz.nomination.NominationOutcome.FINALIST)
			order by p.code, e.number desc, b.sortOrder, n.outcome desc, n.score desc""")
	List<Nomination> findAnnounced();

}
