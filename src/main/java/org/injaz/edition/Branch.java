package org.injaz.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A branch (فرع) of an award programme, e.g. G2C; nominations are made to one branch. It
 * owns how its nominations are judged: weighted criteria adding up to 100, reviewers per
 * nomination, and how many winners and finalists the committee may name.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Branch {

	/** Criteria weights are percentages of the weighted score. */
	public static final int TOTAL_WEIGHT = 100;

	static final int DEFAULT_REVIEWERS_PER_NOMINATION = 3;

	static final int DEFAULT_MAX_WINNERS = 1;

	static final int DEFAULT_MAX_FINALISTS = 3;

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

	private int reviewersPerNomination = DEFAULT_REVIEWERS_PER_NOMINATION;

	private int maxWinners = DEFAULT_MAX_WINNERS;

	private int maxFinalists = DEFAULT_MAX_FINALISTS;

	@OneToMany(mappedBy = "branch", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
	private List<Criterion> criteria = new ArrayList<>();

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

	/**
	 * Replaces this branch's criteria with the given ones, in that order. Refuses the
	 * whole set, changing nothing, unless it is non-empty, its codes are distinct and its
	 * weights are positive and add up to {@value #TOTAL_WEIGHT}. A criterion whose code
	 * is kept is updated in place, so scores recorded against it keep pointing at it.
	 */
	public void defineCriteria(List<CriterionSpec> specs) {
		if (specs == null || specs.isEmpty()) {
			throw new IllegalArgumentException("Branch " + this.code + " needs at least one criterion");
		}
		Set<String> codes = new HashSet<>();
		int total = 0;
		for (CriterionSpec spec : specs) {
			if (spec == null) {
				throw new IllegalArgumentException("Branch " + this.code + " got an empty criterion");
			}
			if (!codes.add(spec.code().toUpperCase(Locale.ROOT))) {
				throw new IllegalArgumentException(
						"Branch " + this.code + " has criterion " + spec.code() + " more than once");
			}
			total += spec.weight();
		}
		if (total != TOTAL_WEIGHT) {
			throw new IllegalArgumentException(
					"The criteria weights of branch " + this.code + " add up to " + total + ", not " + TOTAL_WEIGHT);
		}
		Map<String, Criterion> existing = new HashMap<>();
		this.criteria.forEach((criterion) -> existing.put(criterion.getCode(), criterion));
		List<Criterion> defined = new ArrayList<>();
		for (CriterionSpec spec : specs) {
			int sortOrder = defined.size() + 1;
			Criterion criterion = existing.get(spec.code());
			if (criterion != null) {
				criterion.redefine(spec, sortOrder);
			}
			else {
				criterion = new Criterion(this, spec, sortOrder);
			}
			defined.add(criterion);
		}
		this.criteria.clear();
		this.criteria.addAll(defined);
	}

	/**
	 * Sets how many reviewers score each nomination and how many winners and finalists
	 * the committee may name.
	 */
	public void configureJudging(int reviewersPerNomination, int maxWinners, int maxFinalists) {
		if (reviewersPerNomination < 1) {
			throw new IllegalArgumentException("Branch " + this.code
					+ " needs at least one reviewer per nomination, got " + reviewersPerNomination);
		}
		if (maxWinners < 1) {
			throw new IllegalArgumentException("Branch " + this.code + " needs at least one winner, got " + maxWinners);
		}
		if (maxFinalists < 0) {
			throw new IllegalArgumentException(
					"Branch " + this.code + " cannot have a negative number of finalists, got " + maxFinalists);
		}
		this.reviewersPerNomination = reviewersPerNomination;
		this.maxWinners = maxWinners;
		this.maxFinalists = maxFinalists;
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	public List<Criterion> getCriteria() {
		return List.copyOf(this.criteria);
	}

	public int getReviewersPerNomination() {
		return this.reviewersPerNomination;
	}

	public int getMaxWinners() {
		return this.maxWinners;
	}

	public int getMaxFinalists() {
		return this.maxFinalists;
	}

}
