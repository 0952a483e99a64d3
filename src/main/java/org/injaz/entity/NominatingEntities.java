package org.injaz.entity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominatingEntities extends JpaRepository<NominatingEntity, Long> {

	Optional<NominatingEntity> findByNameEn(String nameEn);

	/**
	 * The entity a text names (a nomination's entity as typed, often "Arabic · English"):
	 * the one whose English name, ignoring case, or Arabic name the text contains, the
	 * longest English name first. The text comes lower-cased. One row from the database,
	 * not every entity for a look in memory.
	 */
	@Query("""
			select e from NominatingEntity e
			where locate(lower(e.nameEn), :lowerCaseText) > 0 or locate(e.nameAr, :lowerCaseText) > 0
			order by length(e.nameEn) desc, e.id
			limit 1""")
	Optional<NominatingEntity> findNamedIn(String lowerCaseText);

}
