package org.injaz.nomination.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the loosely typed values forms and REST callers send: a list may come as a
 * collection, a JSON array (Spin) or text with one entry per line or comma.
 */
public final class ProcessValues {

	private ProcessValues() {
	}

	public static List<String> list(Object value) {
		List<String> items = new ArrayList<>();
		if (value == null) {
			return items;
		}
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> add(items, item));
			return items;
		}
		String text = value.toString().strip();
		if (text.startsWith("[")) {
			text = text.substring(1, text.endsWith("]") ? text.length() - 1 : text.length());
			for (String item : text.split(",")) {
				add(items, item.strip().replaceAll("^\"|\"$", ""));
			}
			return items;
		}
		for (String item : text.split("[,\\n؛;]")) {
			add(items, item);
		}
		return items;
	}

	public static String text(Object value) {
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

	private static void add(List<String> items, Object item) {
		String text = text(item);
		if (text != null && !items.contains(text)) {
			items.add(text);
		}
	}

}
