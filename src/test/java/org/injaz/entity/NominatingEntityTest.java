package org.injaz.entity;

import org.injaz.entity.NominatingEntity.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NominatingEntityTest {

	@Test
	void keepsBothNamesWithoutSurroundingSpaceAndItsType() {
		NominatingEntity post = new NominatingEntity(" البريد السعودي ", "Saudi Post ", Type.SEMI_GOVERNMENT);

		assertThat(post.getNameAr()).isEqualTo("البريد السعودي");
		assertThat(post.getNameEn()).isEqualTo("Saudi Post");
		assertThat(post.getType()).isEqualTo(Type.SEMI_GOVERNMENT);
	}

	@Test
	void needsBothNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NominatingEntity(" ", "Ministry of Health", Type.GOVERNMENT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NominatingEntity("وزارة الصحة", null, Type.GOVERNMENT));
	}

	@Test
	void needsAType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NominatingEntity("وزارة الصحة", "Ministry of Health", null))
			.withMessageContaining("Ministry of Health");
	}

	@Test
	void individualsAreNotEntities() {
		assertThat(Type.values()).extracting(Type::name).containsExactly("GOVERNMENT", "SEMI_GOVERNMENT", "PRIVATE");
	}

}
