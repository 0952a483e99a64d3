package org.injaz.edition;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * An award programme such as the Achievement Award; it runs in numbered editions.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class AwardProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameAr;

	private String nameEn;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
	private List<Branch> branches = new ArrayList<>();

	protected AwardProgramme() {
	}

	public AwardProgramme(String code, String nameAr, String nameEn) {
		this.code = code;
		this.nameAr = nameAr;
		this.nameEn = nameEn;
	}

	public Branch addBranch(String code, String nameAr, String nameEn, NominatorKind nominatorKind) {
		Branch branch = new Branch(this, code, nameAr, nameEn, nominatorKind, this.branches.size() + 1);
		this.branches.add(branch);
		return branch;
	}

	public Long getId() {
		return this.id;
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

	public List<Branch> getBranches() {
		return List.copyOf(this.branches);
	}

}
