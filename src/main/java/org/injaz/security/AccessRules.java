package org.injaz.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Who may call which part of the product's API: the one place for these rules, shared by
 * both identity modes. Finer rules (whose nomination) live in the services.
 */
final class AccessRules {

	/** The OpenAPI document and Swagger UI: for signed-in users. */
	static final RequestMatcher[] DOCS = { withDefaults().matcher("/v3/api-docs"),
			withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/swagger-ui.html"),
			withDefaults().matcher("/swagger-ui/**") };

	private AccessRules() {
	}

	static void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/public/**"))
			.permitAll()
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/editions"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/editions/**"))
			.authenticated()
			.requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/nominations"))
			.hasRole(Roles.NOMINEE)
			// Drafts are the nominee's own; the controller finds only the caller's.
			.requestMatchers(withDefaults().matcher("/api/v1/drafts"), withDefaults().matcher("/api/v1/drafts/*"),
					withDefaults().matcher(HttpMethod.POST, "/api/v1/drafts/*/submit"))
			.hasRole(Roles.NOMINEE)
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*"))
			.hasAnyRole(Roles.NOMINEE, Roles.COORDINATOR, Roles.ADMIN)
			.requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/nominations/*/withdraw"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*/clarification"),
					withDefaults().matcher(HttpMethod.POST, "/api/v1/nominations/*/clarification"))
			.hasRole(Roles.NOMINEE)
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*/audit"))
			.hasAnyRole(Roles.COORDINATOR, Roles.ADMIN)
			.requestMatchers(DOCS)
			.authenticated()
			.anyRequest()
			.denyAll();
	}

}
