package org.injaz.edition;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EditionAnnouncementTest {

	private final Edition edition = new Edition(new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award"), 4,
			Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"),
			Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));

	@Test
	void aNewEditionIsNotAnnounced() {
		assertThat(this.edition.isAnnounced()).isFalse();
		assertThat(this.edition.getAnnouncedAt()).isNull();
	}

	@Test
	void announcingMakesTheOutcomesPublicFromThatInstant() {
		Instant now = Instant.parse("2026-04-20T10:00:00Z");

		this.edition.announce(now);

		assertThat(this.edition.isAnnounced()).isTrue();
		assertThat(this.edition.getAnnouncedAt()).isEqualTo(now);
	}

	@Test
	void anEditionIsAnnouncedOnce() {
		this.edition.announce(Instant.parse("2026-04-20T10:00:00Z"));

		assertThatIllegalStateException().isThrownBy(() -> this.edition.announce(Instant.parse("2026-05-01T16:00:00Z")))
			.withMessageContaining("already announced");
		assertThat(this.edition.getAnnouncedAt()).isEqualTo(Instant.parse("2026-04-20T10:00:00Z"));
	}

}
