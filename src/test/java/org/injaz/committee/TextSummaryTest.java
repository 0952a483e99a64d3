package org.injaz.committee;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSummaryTest {

	@Test
	void aShortListIsKeptWhole() {
		assertThat(TextSummary.of(List.of("1. ACH-4-G2C-0001", "2. ACH-4-G2C-0002")))
			.isEqualTo("1. ACH-4-G2C-0001\n2. ACH-4-G2C-0002");
	}

	@Test
	void aBranchOfSixtyLongArabicTitlesFitsTheEnginesStringVariableAndSaysWhatIsLeftOut() {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			lines.add(i + ". ACH-4-G2C-00" + i + " · " + "منصة الخدمات الحكومية الموحدة للمستفيدين ".repeat(3)
					+ " · وزارة الموارد البشرية والتنمية الاجتماعية · 87.50");
		}
		String text = TextSummary.of(lines);
		assertThat(text.length()).isLessThanOrEqualTo(TextSummary.STRING_VARIABLE_LIMIT);
		String[] shown = text.split("\n");
		int kept = shown.length - 1;
		assertThat(kept).isGreaterThan(10);
		assertThat(shown[kept]).isEqualTo("… و" + (60 - kept) + " أخرى · and " + (60 - kept) + " more");
		assertThat(shown[kept - 1]).isEqualTo(lines.get(kept - 1));
	}

	@Test
	void aListThatJustFitsHasNoCountLine() {
		List<String> lines = List.of("a".repeat(1999), "b".repeat(2000));
		assertThat(TextSummary.of(lines)).hasSize(4000).doesNotContain("more");
	}

}
