package org.injaz.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.injaz.attachment.RejectedAttachmentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Types are told by content: the name a file arrives with plays no part (the files here
 * are all called {@code upload.pdf}).
 */
class FileTypesTest {

	private final FileTypes types = new FileTypes();

	@TempDir
	Path directory;

	@Test
	void theFiveAcceptedKindsAreRecognisedByContent() throws IOException {
		assertThat(this.types.accepted(file(SampleFiles.pdf()))).isEqualTo(FileTypes.PDF);
		assertThat(this.types.accepted(file(SampleFiles.png()))).isEqualTo(FileTypes.PNG);
		assertThat(this.types.accepted(file(SampleFiles.jpeg()))).isEqualTo(FileTypes.JPEG);
		assertThat(this.types.accepted(file(SampleFiles.docx()))).isEqualTo(FileTypes.DOCX);
		assertThat(this.types.accepted(file(SampleFiles.xlsx()))).isEqualTo(FileTypes.XLSX);
	}

	@Test
	void aWordDocumentIsRecognisedWhateverTheOrderOfItsEntries() throws IOException {
		assertThat(this.types.accepted(file(SampleFiles.docxContentTypesLast()))).isEqualTo(FileTypes.DOCX);
	}

	@Test
	void anExecutableCalledPdfIsRefused() throws IOException {
		assertRefused(SampleFiles.exe(), "application/x-msdownload");
	}

	@Test
	void htmlCalledPngIsRefused() throws IOException {
		assertRefused(SampleFiles.html(), "text/html");
	}

	@Test
	void aZipThatIsNoOfficeDocumentIsRefused() throws IOException {
		assertRefused(SampleFiles.zip(), "application/zip");
	}

	@Test
	void aMacroEnabledWordDocumentIsRefused() throws IOException {
		assertRefused(SampleFiles.docm(), "application/vnd.ms-word.document.macroenabled.12");
	}

	@Test
	void anEmptyFileIsNoAcceptedType() throws IOException {
		assertThat(this.types.detect(file(new byte[0]))).isNotIn(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG,
				FileTypes.DOCX, FileTypes.XLSX);
	}

	private void assertRefused(byte[] content, String detected) throws IOException {
		Path file = file(content);
		assertThat(this.types.detect(file)).isEqualTo(detected);
		assertThatExceptionOfType(RejectedAttachmentException.class).isThrownBy(() -> this.types.accepted(file))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
				assertThat(ex.getArguments()).containsExactly(detected);
			});
	}

	private Path file(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.directory, "upload", ".pdf");
		Files.write(file, content);
		return file;
	}

}
