package org.injaz.committee.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.injaz.problem.RefusedStepException;

/**
 * Reads the nomination references a checklist submitted: Tasklist sends them as a JSON
 * array (a Spin JSON value), the REST API and tests may send a list or a JSON string.
 */
final class FormSelections {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormSelections() {
	}

	static List<String> references(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		String text = value.toString().trim();
		if (text.isEmpty()) {
			return List.of();
		}
		if (!text.startsWith("[")) {
			return List.of(text.split("\\s*,\\s*"));
		}
		try {
			List<String> references = new ArrayList<>();
			for (JsonNode element : JSON.readTree(text)) {
				references.add(element.asText());
			}
			return references;
		}
		catch (JsonProcessingException ex) {
			throw new RefusedStepException("Not a list of nomination references: " + text, ex);
		}
	}

}
