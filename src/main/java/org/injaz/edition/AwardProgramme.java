package org.injaz.edition;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * An award programme such as the Achievement Award; it runs in numbered editions.
 */
@Entity
public class AwardProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameAr;

	private String nameEn;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
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
