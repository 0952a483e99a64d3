package org.injaz.committee;

import java.util.List;

/**
 * Lines for a form's read-only text, cut to what the engine stores in a string variable
 * (4,000 characters); what does not fit is counted in a last line. The full lists stay in
 * the JSON variables the form's choices come from.
 */
public final class TextSummary {

	/** Camunda 7 keeps a string variable in a column of 4,000 characters. */
	public static final int STRING_VARIABLE_LIMIT = 4000;

	private TextSummary() {
	}

	public static String of(List<String> lines) {
		return of(lines, STRING_VARIABLE_LIMIT);
	}

	static String of(List<String> lines, int limit) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String more = more(lines.size() - i);
			int needed = ((text.length() > 0) ? 1 : 0) + line.length();
			boolean last = i == lines.size() - 1;
			if (text.length() + needed + (last ? 0 : 1 + more.length()) > limit) {
				if (text.length() > 0) {
					text.append('\n');
				}
				return text.append(more).toString();
			}
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(line);
		}
		return text.toString();
	}

	private static String more(int count) {
		return "… و" + count + " أخرى · and " + count + " more";
	}

}
