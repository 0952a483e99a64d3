package org.injaz.nomination;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

import org.injaz.edition.AwardProgramme;
import org.injaz.edition.Branch;
import org.injaz.edition.Edition;
import org.injaz.edition.NominatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NominationTest {

	private static final String REFERENCE = "ACH-4-G2C-0001";

	private static final Instant SUBMITTED_AT = Instant.parse("2026-01-15T08:00:00Z");

	private static final Instant LATER = SUBMITTED_AT.plus(Duration.ofDays(3));

	private final AwardProgramme award = new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award");

	private final Branch g2c = this.award.addBranch("G2C", "حكومة - أفراد", "Government to individuals",
			NominatorKind.ENTITY);

	private final Edition edition = new Edition(this.award, 4, Instant.parse("2026-01-01T00:00:00Z"),
			Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
			Instant.parse("2026-05-01T00:00:00Z"));

	private final Nomination nomination = new Nomination(REFERENCE, this.edition, this.g2c, submission(), SUBMITTED_AT);

	@Test
	void newNominationIsSubmittedWithWhatTheNomineeSent() {
		assertThat(this.nomination.getReference()).isEqualTo(REFERENCE);
		assertThat(this.nomination.getEdition()).isSameAs(this.edition);
		assertThat(this.nomination.getBranch()).isSameAs(this.g2c);
		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(this.nomination.getNominee()).isEqualTo("nominee1");
		assertThat(this.nomination.getEntityName()).isEqualTo("Ministry of Health");
		assertThat(this.nomination.getEntityType()).isEqualTo(EntityType.GOVERNMENT);
		assertThat(this.nomination.getTitle()).isEqualTo("Appointment booking");
		assertThat(this.nomination.getSummary()).isEqualTo("Book appointments online");
		assertThat(this.nomination.getServiceUrl()).isEqualTo("https://example.gov.sa/services");
		assertThat(this.nomination.getSubmittedAt()).isEqualTo(SUBMITTED_AT);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(SUBMITTED_AT);
		assertThat(this.nomination.getOutcome()).isNull();
		assertThat(this.nomination.getScore()).isNull();
	}

	@Test
	void movesThroughTheProcessStatuses() {
		this.nomination.moveTo(NominationStatus.SCREENING, LATER);
		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.SCREENING);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER);

		this.nomination.moveTo(NominationStatus.IN_REVIEW, LATER.plusSeconds(60));
		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER.plusSeconds(60));
		assertThat(this.nomination.getSubmittedAt()).isEqualTo(SUBMITTED_AT);
	}

	@ParameterizedTest
	@EnumSource(value = NominationStatus.class, names = { "INELIGIBLE", "WITHDRAWN", "ANNOUNCED" })
	void finalStatusRefusesFurtherMoves(NominationStatus finalStatus) {
		reach(finalStatus, LATER);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.nomination.moveTo(NominationStatus.SCREENING, LATER.plusSeconds(60)))
			.withMessageContaining(REFERENCE)
			.withMessageContaining(finalStatus.name());
		assertThat(this.nomination.getStatus()).isEqualTo(finalStatus);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void onlyIneligibleWithdrawnAndAnnouncedAreFinal() {
		assertThat(Stream.of(NominationStatus.values()).filter(NominationStatus::isFinal)).containsExactlyInAnyOrder(
				NominationStatus.INELIGIBLE, NominationStatus.WITHDRAWN, NominationStatus.ANNOUNCED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "87.5", "100" })
	void recordsAScoreFromZeroToHundred(String score) {
		this.nomination.recordScore(new BigDecimal(score), LATER);

		assertThat(this.nomination.getScore()).isEqualByComparingTo(score);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "-0.01", "100.01", "101" })
	void refusesAScoreOutsideZeroToHundred(String score) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.nomination.recordScore(new BigDecimal(score), LATER))
			.withMessageContaining(score);
		assertThat(this.nomination.getScore()).isNull();
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(SUBMITTED_AT);
	}

	@ParameterizedTest
	@EnumSource(value = NominationStatus.class, names = { "IN_REVIEW", "AWAITING_COMMITTEE" })
	void committeeDecidesANominationInReviewOrAwaitingIt(NominationStatus status) {
		this.nomination.moveTo(status, LATER);

		this.nomination.decide(NominationOutcome.FINALIST, LATER.plusSeconds(60));

		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.DECIDED);
		assertThat(this.nomination.getOutcome()).isEqualTo(NominationOutcome.FINALIST);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER.plusSeconds(60));
	}

	@ParameterizedTest
	@EnumSource(value = NominationStatus.class, names = { "IN_REVIEW", "AWAITING_COMMITTEE" },
			mode = EnumSource.Mode.EXCLUDE)
	void committeeCannotDecideInAnyOtherStatus(NominationStatus status) {
		if (status != NominationStatus.SUBMITTED) {
			reach(status, LATER);
		}
		NominationOutcome before = this.nomination.getOutcome();

		assertThatIllegalStateException()
			.isThrownBy(() -> this.nomination.decide(NominationOutcome.NOT_AWARDED, LATER.plusSeconds(60)))
			.withMessageContaining(status.name());
		assertThat(this.nomination.getStatus()).isEqualTo(status);
		assertThat(this.nomination.getOutcome()).isEqualTo(before);
	}

	@Test
	void aDecidedNominationCannotBeDecidedAgain() {
		this.nomination.moveTo(NominationStatus.AWAITING_COMMITTEE, LATER);
		this.nomination.decide(NominationOutcome.WINNER, LATER);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.nomination.decide(NominationOutcome.NOT_AWARDED, LATER.plusSeconds(60)));
		assertThat(this.nomination.getOutcome()).isEqualTo(NominationOutcome.WINNER);
	}

	/** Announced only after a decision; every other status directly. */
	private void reach(NominationStatus status, Instant at) {
		if (status == NominationStatus.ANNOUNCED) {
			this.nomination.moveTo(NominationStatus.AWAITING_COMMITTEE, at);
			this.nomination.decide(NominationOutcome.WINNER, at);
			if (this.nomination.getStatus() != NominationStatus.DECIDED) {
				throw new IllegalStateException("not decided");
			}
		}
		this.nomination.moveTo(status, at);
	}

	@ParameterizedTest
	@EnumSource(value = NominationStatus.class, names = { "SUBMITTED", "SCREENING", "CLARIFICATION_REQUESTED",
			"AWAITING_REVIEW", "IN_REVIEW", "AWAITING_COMMITTEE" })
	void aNomineeMayWithdrawBeforeTheCommitteeDecides(NominationStatus status) {
		reach(status, LATER);

		assertThat(this.nomination.isWithdrawable()).isTrue();
		this.nomination.withdraw(LATER.plusSeconds(60));

		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.WITHDRAWN);
		assertThat(this.nomination.getUpdatedAt()).isEqualTo(LATER.plusSeconds(60));
	}

	@Test
	void afterTheCommitteeDecidedAWithdrawalIsRefused() {
		this.nomination.moveTo(NominationStatus.AWAITING_COMMITTEE, LATER);
		this.nomination.decide(NominationOutcome.FINALIST, LATER);

		assertThat(this.nomination.isWithdrawable()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.nomination.withdraw(LATER.plusSeconds(60)))
			.withMessageContaining("committee has decided");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.nomination.moveTo(NominationStatus.WITHDRAWN, LATER.plusSeconds(60)));
		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.DECIDED);
	}

	@ParameterizedTest
	@EnumSource(value = NominationStatus.class, names = { "INELIGIBLE", "WITHDRAWN", "ANNOUNCED" })
	void anEndedNominationCannotBeWithdrawn(NominationStatus finalStatus) {
		reach(finalStatus, LATER);

		assertThat(this.nomination.isWithdrawable()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.nomination.withdraw(LATER.plusSeconds(60)));
	}

	@Test
	void onlyADecidedNominationIsAnnounced() {
		this.nomination.moveTo(NominationStatus.AWAITING_COMMITTEE, LATER);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.nomination.moveTo(NominationStatus.ANNOUNCED, LATER.plusSeconds(60)))
			.withMessageContaining("AWAITING_COMMITTEE");

		this.nomination.decide(NominationOutcome.WINNER, LATER.plusSeconds(60));
		this.nomination.moveTo(NominationStatus.ANNOUNCED, LATER.plusSeconds(120));
		assertThat(this.nomination.getStatus()).isEqualTo(NominationStatus.ANNOUNCED);
		assertThat(this.nomination.getOutcome()).isEqualTo(NominationOutcome.WINNER);
	}

	@Test
	void keepsMeanAndMedianOfTheReviews() {
		this.nomination.recordScores(new BigDecimal("72.50"), new BigDecimal("70.00"), LATER);

		assertThat(this.nomination.getScore()).isEqualByComparingTo("72.5");
		assertThat(this.nomination.getMedianScore()).isEqualByComparingTo("70");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.nomination.recordScores(new BigDecimal("50"), new BigDecimal("100.5"), LATER));
	}

	@Test
	void partnerEntitiesAreNamedOnceWithoutBlanks() {
		this.nomination.definePartners(
				java.util.List.of(" Ministry of Interior ", "", "Saudi Post", "Ministry of Interior"), LATER);

		assertThat(this.nomination.getPartnerEntities()).containsExactly("Ministry of Interior", "Saudi Post");
	}

	static Stream<Arguments> requiredFields() {
		return Stream.of(
				field("programmeCode",
						(value) -> new NominationSubmission(value, 4, "G2C", "nominee1", "Ministry of Health",
								EntityType.GOVERNMENT, "Appointment booking", null, null)),
				field("branchCode",
						(value) -> new NominationSubmission("ACH", 4, value, "nominee1", "Ministry of Health",
								EntityType.GOVERNMENT, "Appointment booking", null, null)),
				field("nominee",
						(value) -> new NominationSubmission("ACH", 4, "G2C", value, "Ministry of Health",
								EntityType.GOVERNMENT, "Appointment booking", null, null)),
				field("entityName",
						(value) -> new NominationSubmission("ACH", 4, "G2C", "nominee1", value, EntityType.GOVERNMENT,
								"Appointment booking", null, null)),
				field("title", (value) -> new NominationSubmission("ACH", 4, "G2C", "nominee1", "Ministry of Health",
						EntityType.GOVERNMENT, value, null, null)));
	}

	private static Arguments field(String name, Function<String, NominationSubmission> submissionWith) {
		return Arguments.of(name, submissionWith);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requiredFields")
	void submissionRejectsAMissingOrBlankRequiredField(String field,
			Function<String, NominationSubmission> submissionWith) {
		for (String missing : new String[] { null, "", "   " }) {
			InvalidSubmissionException ex = catchThrowableOfType(InvalidSubmissionException.class,
					() -> submissionWith.apply(missing));
			assertThat(ex).as("%s = '%s'", field, missing).isNotNull();
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex).hasMessageStartingWith(field + " ");
		}
		assertThat(submissionWith.apply("given")).isNotNull();
	}

	@Test
	void submissionRejectsAMissingEntityType() {
		InvalidSubmissionException ex = catchThrowableOfType(InvalidSubmissionException.class,
				() -> new NominationSubmission("ACH", 4, "G2C", "nominee1", "Ministry of Health", null,
						"Appointment booking", null, null));

		assertThat(ex).isNotNull();
		assertThat(ex.getField()).isEqualTo("entityType");
	}

	@Test
	void submissionLeavesSummaryAndServiceUrlOptional() {
		NominationSubmission submission = new NominationSubmission("ACH", 4, "G2C", "nominee1", "Ministry of Health",
				EntityType.GOVERNMENT, "Appointment booking", null, "");

		assertThat(submission.summary()).isNull();
		assertThat(submission.serviceUrl()).isEmpty();
	}

	private static NominationSubmission submission() {
		return new NominationSubmission("ACH", 4, "G2C", "nominee1", "Ministry of Health", EntityType.GOVERNMENT,
				"Appointment booking", "Book appointments online", "https://example.gov.sa/services");
	}

}
