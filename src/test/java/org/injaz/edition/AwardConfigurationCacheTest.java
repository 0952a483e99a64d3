package org.injaz.edition;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award's configuration in Hibernate's second-level cache: read once from the
 * database, then from the cache in every later transaction, and a committed change is
 * what the next transaction reads. Each test commits, as the product's steps do.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AwardConfigurationCacheTest {

	@Autowired
	private AwardProgrammes programmes;

	@Autowired
	private Editions editions;

	@Autowired
	private EntityManager em;

	@Autowired
	private EntityManagerFactory emf;

	private TransactionTemplate transactions;

	private Statistics statistics;

	@Autowired
	void transactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@BeforeEach
	void statistics() {
		this.statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void aBranchWithItsCriteriaAndProgrammeIsReadFromTheDatabaseOnce() {
		long branchId = this.transactions.execute((status) -> {
			AwardProgramme programme = new AwardProgramme("CACHE1", "جائزة", "Award");
			Branch branch = programme.addBranch("G2C", "فرع", "Branch", NominatorKind.ENTITY);
			branch.defineCriteria(List.of(new CriterionSpec("IMPACT", "الأثر", "Impact", 60),
					new CriterionSpec("EASE", "السهولة", "Ease", 40)));
			this.programmes.save(programme);
			return branch.getId();
		});
		this.emf.getCache().evictAll();

		List<String> first = this.transactions.execute((status) -> criteriaAndProgramme(branchId));
		this.statistics.clear();
		List<String> second = this.transactions.execute((status) -> criteriaAndProgramme(branchId));

		assertThat(second).isEqualTo(first).containsExactly("CACHE1", "IMPACT:60", "EASE:40");
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
		assertThat(this.statistics.getSecondLevelCacheHitCount()).isPositive();
	}

	@Test
	void aCommittedChangeIsWhatTheNextTransactionReads() {
		long editionId = this.transactions.execute((status) -> {
			AwardProgramme programme = this.programmes.save(new AwardProgramme("CACHE2", "جائزة", "Award"));
			return this.editions
				.save(new Edition(programme, 1, Instant.parse("2026-01-01T00:00:00Z"),
						Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
						Instant.parse("2026-05-01T00:00:00Z")))
				.getId();
		});
		Boolean announcedBefore = this.transactions
			.execute((status) -> this.editions.findById(editionId).orElseThrow().isAnnounced());
		assertThat(announcedBefore).isFalse();

		Instant announced = Instant.parse("2026-04-20T10:00:00Z");
		this.transactions
			.executeWithoutResult((status) -> this.editions.findById(editionId).orElseThrow().announce(announced));
		// A change rolled back is not cached either.
		this.transactions.executeWithoutResult((status) -> {
			this.editions.findById(editionId).orElseThrow();
			this.em.createQuery("update Edition e set e.number = 99 where e.id = :id")
				.setParameter("id", editionId)
				.executeUpdate();
			status.setRollbackOnly();
		});
		this.statistics.clear();

		Edition read = this.transactions.execute((status) -> this.editions.findById(editionId).orElseThrow());
		assertThat(read.getAnnouncedAt()).isEqualTo(announced);
		assertThat(read.getNumber()).isEqualTo(1);
	}

	private List<String> criteriaAndProgramme(long branchId) {
		Branch branch = this.em.find(Branch.class, branchId);
		return Stream
			.concat(Stream.of(branch.getProgramme().getCode()),
					branch.getCriteria().stream().map((c) -> c.getCode() + ":" + c.getWeight()))
			.toList();
	}

}
