package org.injaz.attachment;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of each kind, made by the libraries that write them (ImageIO for images,
 * Apache POI, which Tika's OOXML detector brings along, for Word and Excel), and forged
 * ones.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A well-formed one-page PDF, padded with a comment to about {@code size} bytes. */
	public static byte[] pdf(int size) {
		String body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n" + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n";
		String trailer = "xref\n0 4\n0000000000 65535 f \ntrailer << /Size 4 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
		int padding = Math.max(0, size - body.length() - trailer.length() - 2);
		return (body + "%" + "x".repeat(padding) + "\n" + trailer).getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] pdf() {
		return pdf(1024);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("تقرير الإنجاز · Achievement report");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Measurements").createRow(0).createCell(0).setCellValue(87.5);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The same Word document with its entries in another order:
	 * {@code [Content_Types].xml} last, where magic numbers alone cannot see it.
	 */
	public static byte[] docxContentTypesLast() {
		return repack(docx(), null, true);
	}

	/** A Word document declared macro-enabled (DOCM): not accepted. */
	public static byte[] docm() {
		return repack(docx(),
				new String[] { "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
						"application/vnd.ms-word.document.macroEnabled.main+xml" },
				false);
	}

	/** A Windows executable: the MZ header and a PE signature. */
	public static byte[] exe() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A plain zip archive holding a text file. */
	public static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("not an office document".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, Color.GREEN.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] repack(byte[] zipped, String[] contentTypeReplacement, boolean contentTypesLast) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] contentTypes = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("[Content_Types].xml")) {
					if (contentTypeReplacement != null) {
						content = new String(content, StandardCharsets.UTF_8)
							.replace(contentTypeReplacement[0], contentTypeReplacement[1])
							.getBytes(StandardCharsets.UTF_8);
					}
					if (contentTypesLast) {
						contentTypes = content;
						continue;
					}
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
			if (contentTypes != null) {
				out.putNextEntry(new ZipEntry("[Content_Types].xml"));
				out.write(contentTypes);
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
