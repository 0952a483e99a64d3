package org.injaz.edition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A branch (فرع) of an award programme, e.g. G2C; nominations are made to one branch.
 */
@Entity
public class Branch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private AwardProgramme programme;

	private String code;

	private String nameAr;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private NominatorKind nominatorKind;

	private int sortOrder;

	protected Branch() {
	}

	Branch(AwardProgramme programme, String code, String nameAr, String nameEn, NominatorKind nominatorKind,
			int sortOrder) {
		this.programme = programme;
		this.code = code;
		this.nameAr = nameAr;
		this.nameEn = nameEn;
		this.nominatorKind = nominatorKind;
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public AwardProgramme getProgramme() {
		return this.programme;
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

	public NominatorKind getNominatorKind() {
		return this.nominatorKind;
	}

}
