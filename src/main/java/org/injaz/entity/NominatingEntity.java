package org.injaz.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An entity (جهة) that nominates its services, e.g. a ministry; known by its Arabic and
 * its unique English name.
 */
@Entity
public class NominatingEntity {

	/**
	 * The kind of entity; eligibility depends on it. Individuals are nominees, not
	 * entities.
	 */
	public enum Type {

		/** A ministry, authority or other government body (جهة حكومية). */
		GOVERNMENT,

		/** A semi-government body such as a state-owned company (جهة شبه حكومية). */
		SEMI_GOVERNMENT,

		/** A private company (جهة خاصة). */
		PRIVATE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nameAr;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Type type;

	protected NominatingEntity() {
	}

	public NominatingEntity(String nameAr, String nameEn, Type type) {
		if (nameAr == null || nameAr.isBlank() || nameEn == null || nameEn.isBlank()) {
			throw new IllegalArgumentException("An entity needs an Arabic and an English name");
		}
		if (type == null) {
			throw new IllegalArgumentException("Entity " + nameEn + " needs a type");
		}
		this.nameAr = nameAr.strip();
		this.nameEn = nameEn.strip();
		this.type = type;
	}

	public Long getId() {
		return this.id;
	}

	public String getNameAr() {
		return this.nameAr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public Type getType() {
		return this.type;
	}

}
