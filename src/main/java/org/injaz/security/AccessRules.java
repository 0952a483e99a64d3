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

	/**
	 * Staff downloads of a nomination's files, over the web session (links in Tasklist).
	 */
	static final RequestMatcher FILES = withDefaults().matcher("/files/**");

	private AccessRules() {
	}

	/** Who may open the links; whose files they open is decided by CaseFileAccess. */
	static void files(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/files/nominations/*/*"))
			.hasAnyRole(Roles.STAFF)
			.anyRequest()
			.denyAll();
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
			// Evidence files of the nominee's own drafts, and of their answer to a
			// clarification question.
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/drafts/*/attachments"),
					withDefaults().matcher(HttpMethod.POST, "/api/v1/drafts/*/attachments"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/drafts/*/attachments/*"),
					withDefaults().matcher(HttpMethod.DELETE, "/api/v1/drafts/*/attachments/*"),
					withDefaults().matcher(HttpMethod.POST, "/api/v1/nominations/*/clarification/attachments"),
					withDefaults().matcher(HttpMethod.DELETE, "/api/v1/nominations/*/clarification/attachments/*"))
			.hasRole(Roles.NOMINEE)
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*/attachments"),
					withDefaults().matcher(HttpMethod.GET, "/api/v1/nominations/*/attachments/*"))
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
