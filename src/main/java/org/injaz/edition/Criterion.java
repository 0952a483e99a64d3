package org.injaz.edition;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A weighted criterion (معيار) reviewers score a nomination on; owned by its branch.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "branch_id")
	private Branch branch;

	private String code;

	private String nameAr;

	private String nameEn;

	private int weight;

	private int sortOrder;

	protected Criterion() {
	}

	Criterion(Branch branch, CriterionSpec spec, int sortOrder) {
		this.branch = branch;
		this.code = spec.code();
		redefine(spec, sortOrder);
	}

	void redefine(CriterionSpec spec, int sortOrder) {
		this.nameAr = spec.nameAr();
		this.nameEn = spec.nameEn();
		this.weight = spec.weight();
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public Branch getBranch() {
		return this.branch;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameAr() {
		return this.nameAr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public int getWeight() {
		return this.weight;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
