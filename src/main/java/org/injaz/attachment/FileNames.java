package org.injaz.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.injaz.attachment.RejectedAttachmentException.Reason;

/**
 * Makes a client's file name safe to store, show and offer for download: no path, no
 * control or bidirectional formatting characters (U+202E would show "exe.pdf" as
 * "fdp.exe"), none of the characters file systems reserve, a bounded length; letters of
 * any script, Arabic included, stay.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;

	private static final int MAX_EXTENSION = 10;

	private static final String RESERVED = "<>:\"/\\|?*";

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

	private FileNames() {
	}

	static String sanitise(String original) {
		if (original == null) {
			throw new RejectedAttachmentException(Reason.NAME_INVALID);
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder(name.length());
		name.codePoints().forEach((codePoint) -> {
			if (RESERVED.indexOf(codePoint) >= 0) {
				safe.append('_');
			}
			else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				safe.append(' ');
			}
			else if (isShown(codePoint)) {
				safe.appendCodePoint(codePoint);
			}
		});
		String cleaned = trim(SPACES.matcher(safe).replaceAll(" "));
		if (cleaned.isEmpty() || cleaned.chars().allMatch((c) -> c == '_')) {
			throw new RejectedAttachmentException(Reason.NAME_INVALID);
		}
		if (DEVICE.matcher(baseName(cleaned)).matches()) {
			cleaned = "_" + cleaned;
		}
		return limit(cleaned);
	}

	/**
	 * Makes the name end in one of the extensions of the detected type, so that the file
	 * opens with the right program: {@code scan.exe} holding a PDF becomes
	 * {@code scan.exe.pdf}.
	 */
	static String withExtension(String name, Set<String> extensions, String preferred) {
		String extension = extension(name);
		if (extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT))) {
			return name;
		}
		String suffix = "." + preferred;
		String base = name;
		int room = MAX_LENGTH - suffix.length();
		if (base.codePointCount(0, base.length()) > room) {
			base = trim(base.substring(0, base.offsetByCodePoints(0, room)));
		}
		return base + suffix;
	}

	private static boolean isShown(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

	/**
	 * No leading dots (hidden files) and no trailing dots or spaces (Windows drops them).
	 */
	private static String trim(String name) {
		int start = 0;
		while (start < name.length() && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
			start++;
		}
		int end = name.length();
		while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String limit(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = (extension != null) ? "." + extension : "";
		String base = (extension != null) ? name.substring(0, name.length() - suffix.length()) : name;
		int room = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
		return trim(base.substring(0, base.offsetByCodePoints(0, room))) + suffix;
	}

	private static String baseName(String name) {
		int dot = name.indexOf('.');
		return (dot < 0) ? name : name.substring(0, dot);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return null;
		}
		String extension = name.substring(dot + 1);
		return (extension.length() <= MAX_EXTENSION && extension.chars().allMatch(Character::isLetterOrDigit))
				? extension : null;
	}

}
