package org.injaz.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The product's HTTP APIs as clients use them: HTTP Basic (the embedded identity), JSON,
 * and the HAL task lists that Tasklist asks for.
 */
final class Rest {

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String baseUrl;

	Rest(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	JsonNode get(String user, String password, String path) {
		return send(user, password, HttpRequest.newBuilder(uri(path)).GET(), "application/json");
	}

	JsonNode post(String user, String password, String path, Object body) {
		return send(user, password,
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(write(body))),
				"application/json");
	}

	/**
	 * A page of a Tasklist filter, as Tasklist asks for it: HAL, sorted by due date, with
	 * the filter's query extended by {@code criteria} (e.g. Tasklist's search).
	 */
	JsonNode filterPage(String user, String password, String filterId, Map<String, Object> criteria, int maxResults) {
		return filterPage(user, password, "/engine-rest", filterId, criteria, maxResults);
	}

	/** The same on a named engine's REST root, e.g. {@code /engine-rest/engine/raw}. */
	JsonNode filterPage(String user, String password, String root, String filterId, Map<String, Object> criteria,
			int maxResults) {
		Map<String, Object> body = new LinkedHashMap<>(criteria);
		body.put("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
		return send(user, password,
				HttpRequest
					.newBuilder(uri(root + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + maxResults))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(write(body))),
				"application/hal+json");
	}

	/** The tasks of a HAL page. */
	static List<JsonNode> tasks(JsonNode page) {
		List<JsonNode> tasks = new java.util.ArrayList<>();
		page.path("_embedded").path("task").forEach(tasks::add);
		return tasks;
	}

	/** A process variable as the REST API takes it. */
	static Map<String, Object> variable(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	static Map<String, Object> jsonVariable(List<String> values) {
		return variable(write(values), "Json");
	}

	private JsonNode send(String user, String password, HttpRequest.Builder request, String accept) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = this.http.send(request.header("Authorization", "Basic " + credentials)
				.header("Accept", accept)
				.timeout(Duration.ofMinutes(20))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " as "
						+ user + ": " + response.statusCode() + " " + response.body());
			}
			return response.body().isEmpty() ? MissingNode.getInstance() : json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.build().uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	static String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
