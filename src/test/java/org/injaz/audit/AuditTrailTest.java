package org.injaz.audit;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail against the schema Flyway builds: an entry written in the caller's
 * transaction reads back as the entity, commits and rolls back with that transaction, and
 * is never written without one.
 */
@DataJpaTest
@Import(AuditTrail.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditTrailTest {

	@Autowired
	private AuditTrail trail;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void emptyTheTrail() {
		this.jdbc.update("delete from audit_event");
	}

	@Test
	void anEntryReadsBackWithItsTimeActorAndATruncatedDetail() {
		Instant before = Instant.now();
		inTransaction(() -> {
			this.trail.record("coordinator", "NOMINATION_SCREENED", "ACH-4-G2C-0001", "x".repeat(1200));
			this.trail.record(null, "WINDOW_CLOSED", "ACH-4-G2C-0001", null);
		});

		assertThat(this.trail.of("ACH-4-G2C-0001")).satisfiesExactly((screened) -> {
			assertThat(screened.getOccurredAt()).isBetween(before.minusSeconds(1), Instant.now());
			assertThat(screened.getActor()).isEqualTo("coordinator");
			assertThat(screened.getAction()).isEqualTo("NOMINATION_SCREENED");
			assertThat(screened.getDetail()).hasSize(1000);
		}, (closed) -> {
			assertThat(closed.getActor()).isEqualTo(AuditTrail.SYSTEM);
			assertThat(closed.getDetail()).isNull();
		});
		assertThat(this.trail.of("ACH-4-G2C-0002")).isEmpty();
	}

	@Test
	void anEntryRollsBackWithTheCallersTransaction() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.trail.record("coordinator", "NOMINATION_SCREENED", "ACH-4-G2C-0003", null);
			status.setRollbackOnly();
		});

		assertThat(this.trail.of("ACH-4-G2C-0003")).isEmpty();
	}

	@Test
	void noEntryIsWrittenOutsideATransaction() {
		assertThatThrownBy(() -> this.trail.record("coordinator", "NOMINATION_SCREENED", "ACH-4-G2C-0004", null))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isZero();
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> work.run());
	}

}
