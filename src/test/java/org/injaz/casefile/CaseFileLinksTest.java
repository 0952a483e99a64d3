package org.injaz.casefile;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFileLinksTest {

	@Test
	void oneLinePerFileWithItsKindAndSize() throws Exception {
		Attachment evidence = attachment("تقرير الأداء.pdf", "application/pdf", 1_572_864, AttachmentPurpose.EVIDENCE);
		Attachment answer = attachment("partners.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", 2048,
				AttachmentPurpose.CLARIFICATION);
		assertThat(CaseFileLinks.markdown("ACH-4-G2C-0001", List.of(evidence, answer)))
			.isEqualTo("- [تقرير الأداء\\.pdf](/files/nominations/ACH-4-G2C-0001/" + evidence.getId()
					+ ") · PDF · 1.5 MB\n" + "- [partners\\.docx](/files/nominations/ACH-4-G2C-0001/" + answer.getId()
					+ ") · Word · 2 KB · استيضاح · clarification\n");
	}

	@Test
	void noFilesNoLinks() {
		assertThat(CaseFileLinks.markdown("ACH-4-G2C-0001", List.of())).isNull();
	}

	@Test
	void aNameCannotCloseTheLinkOrAddMarkup() {
		assertThat(CaseFileLinks.escape("a](https://evil.example) ![x](y) **b** <img> `c` _d_ www.x.com"))
			.isEqualTo("a\\]\\(https\\://evil\\.example\\) \\!\\[x\\]\\(y\\) \\*\\*b\\*\\* \\<img\\> \\`c\\` \\_d\\_ "
					+ "www\\.x\\.com");
		assertThat(CaseFileLinks.escape("نسك")).isEqualTo("نسك");
	}

	/** Attachments are only ever made by the storage; here one is built as it would. */
	private static Attachment attachment(String name, String mediaType, long size, AttachmentPurpose purpose)
			throws Exception {
		Constructor<Attachment> constructor = Attachment.class.getDeclaredConstructor(UUID.class, AttachmentOwner.class,
				AttachmentPurpose.class, String.class, String.class, String.class, long.class, String.class,
				String.class, String.class, Instant.class);
		constructor.setAccessible(true);
		UUID id = UUID.randomUUID();
		return constructor.newInstance(id, AttachmentOwner.nomination("ACH-4-G2C-0001"), purpose, name, name, mediaType,
				size, "0".repeat(64), id.toString(), "nominee1", Instant.now());
	}

}
