package org.injaz.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

import org.injaz.attachment.RejectedAttachmentException.Reason;

/**
 * The file types accepted, told by content with Apache Tika, never by the name or the
 * declared content type: magic numbers for PDF, PNG and JPEG; for a zip, the OOXML
 * package's content types tell a Word document and an Excel workbook from any other zip
 * (a macro-enabled DOCM or XLSM is not accepted).
 */
final class FileTypes {

	static final String PDF = "application/pdf";

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Accepted media types and their file extensions, the first preferred. */
	private static final Map<String, List<String>> EXTENSIONS = Map.of(PDF, List.of("pdf"), PNG, List.of("png"), JPEG,
			List.of("jpg", "jpeg"), DOCX, List.of("docx"), XLSX, List.of("xlsx"));

	private final Detector detector;

	FileTypes() {
		MimeTypes magic = MimeTypes.getDefaultMimeTypes();
		// With the registry, the composite keeps the most specific answer (DOCX over
		// the generic x-tika-ooxml that magic alone gives).
		this.detector = new CompositeDetector(magic.getMediaTypeRegistry(),
				List.of(magic, new DefaultZipContainerDetector(List.of(new OPCPackageDetector()))));
	}

	/** The accepted media type of a stored file, or refused with TYPE_NOT_ALLOWED. */
	String accepted(Path file) {
		String detected = detect(file);
		if (!EXTENSIONS.containsKey(detected)) {
			throw new RejectedAttachmentException(Reason.TYPE_NOT_ALLOWED, detected);
		}
		return detected;
	}

	/** What the content is, without the file's name as a hint. */
	String detect(Path file) {
		try (TikaInputStream stream = TikaInputStream.get(file)) {
			return this.detector.detect(stream, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> extensions(String mediaType) {
		return Set.copyOf(EXTENSIONS.get(mediaType));
	}

	static String preferredExtension(String mediaType) {
		return EXTENSIONS.get(mediaType).get(0);
	}

}
