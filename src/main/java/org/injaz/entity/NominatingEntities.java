package org.injaz.entity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NominatingEntities extends JpaRepository<NominatingEntity, Long> {

	Optional<NominatingEntity> findByNameEn(String nameEn);

}
