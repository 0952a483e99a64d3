package org.injaz.fullstack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Counts the HTTP requests the application's RestClients send, by path: every
 * {@code RestClient.Builder} the application gets from Spring Boot carries this counter,
 * so the requests to Keycloak's admin API and token endpoint are counted as they leave.
 */
@TestComponent
public class KeycloakCalls implements RestClientCustomizer {

	private final Map<String, AtomicLong> byPath = new ConcurrentHashMap<>();

	@Override
	public void customize(RestClient.Builder builder) {
		builder.requestInterceptor((request, body, execution) -> {
			this.byPath.computeIfAbsent(request.getURI().getPath(), (path) -> new AtomicLong()).incrementAndGet();
			return execution.execute(request, body);
		});
	}

	/** Requests sent so far to paths starting with this one. */
	public long to(String pathPrefix) {
		return this.byPath.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(pathPrefix))
			.mapToLong((entry) -> entry.getValue().get())
			.sum();
	}

}
