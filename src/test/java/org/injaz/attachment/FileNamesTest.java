package org.injaz.attachment;

import java.util.Set;

import org.injaz.attachment.RejectedAttachmentException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileNamesTest {

	@Test
	void pathsAreStrippedWhateverTheSeparator() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\Users\\nominee\\report.pdf")).isEqualTo("report.pdf");
	}

	@Test
	void bidirectionalOverridesAndControlCharactersGo() {
		// U+202E shows "invoice\u202Efdp.exe" as "invoiceexe.pdf".
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.sanitise("a\u2066b\u2069\u200Fc.pdf")).isEqualTo("abc.pdf");
		assertThat(FileNames.sanitise("a\u0000b\u0007\u001bc.pdf")).isEqualTo("abc.pdf");
		assertThat(FileNames.sanitise("two\r\nlines\t.pdf")).isEqualTo("two lines .pdf");
	}

	@Test
	void reservedCharactersBecomeUnderscores() {
		assertThat(FileNames.sanitise("a<b>:c\"d|e?f*.pdf")).isEqualTo("a_b__c_d_e_f_.pdf");
	}

	@Test
	void arabicNamesStayAsTheyAre() {
		assertThat(FileNames.sanitise("تقرير الأداء ٢٠٢٤.pdf")).isEqualTo("تقرير الأداء ٢٠٢٤.pdf");
		assertThat(FileNames.sanitise("شهادةُ الجَودة.docx")).isEqualTo("شهادةُ الجَودة.docx");
		// Composed forms, so the same name is always stored the same way.
		assertThat(FileNames.sanitise("re\u0301sume\u0301.pdf")).isEqualTo("r\u00e9sum\u00e9.pdf");
	}

	@Test
	void hiddenAndWindowsTroubleNamesAreDefused() {
		assertThat(FileNames.sanitise(".htaccess.pdf")).isEqualTo("htaccess.pdf");
		assertThat(FileNames.sanitise("report.pdf. . ")).isEqualTo("report.pdf");
		assertThat(FileNames.sanitise("CON.pdf")).isEqualTo("_CON.pdf");
		assertThat(FileNames.sanitise("lpt1")).isEqualTo("_lpt1");
		assertThat(FileNames.sanitise("  many    spaces  .pdf")).isEqualTo("many spaces .pdf");
	}

	@Test
	void longNamesAreCutKeepingTheExtension() {
		String name = FileNames.sanitise("ت".repeat(300) + ".pdf");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(name).endsWith("ت.pdf");
		String emoji = FileNames.sanitise("\uD83D\uDCC4".repeat(200));
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(emoji).doesNotContain("\uFFFD");
	}

	@Test
	void aNameWithNothingLeftIsRefused() {
		for (String name : new String[] { null, "", "   ", "\u202E\u202D", "dir/", "...", "???", "\u0000" }) {
			assertThatExceptionOfType(RejectedAttachmentException.class).as(String.valueOf(name))
				.isThrownBy(() -> FileNames.sanitise(name))
				.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NAME_INVALID));
		}
	}

	@Test
	void theExtensionFollowsTheDetectedType() {
		assertThat(FileNames.withExtension("scan.exe", Set.of("pdf"), "pdf")).isEqualTo("scan.exe.pdf");
		assertThat(FileNames.withExtension("scan", Set.of("pdf"), "pdf")).isEqualTo("scan.pdf");
		assertThat(FileNames.withExtension("photo.JPG", Set.of("jpg", "jpeg"), "jpg")).isEqualTo("photo.JPG");
		assertThat(FileNames.withExtension("photo.jpeg", Set.of("jpg", "jpeg"), "jpg")).isEqualTo("photo.jpeg");
		String long_ = FileNames.withExtension("ب".repeat(FileNames.MAX_LENGTH), Set.of("docx"), "docx");
		assertThat(long_).endsWith(".docx");
		assertThat(long_.codePointCount(0, long_.length())).isEqualTo(FileNames.MAX_LENGTH);
	}

}
