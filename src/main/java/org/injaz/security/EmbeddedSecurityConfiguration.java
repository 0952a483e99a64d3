package org.injaz.security;

import java.util.LinkedHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.injaz.web.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Embedded default: Camunda's own identity signs users in to the webapps;
 * {@code /engine-rest} and {@code /api} take HTTP Basic credentials checked against it.
 * Nominees never reach the engine's API; Camunda authorizations decide what staff see.
 * Nominees sign in to the portal with a form against the same identity.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class EmbeddedSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain embeddedEngineRestSecurity(HttpSecurity http, IdentityService identityService)
			throws Exception {
		http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole(Roles.STAFF));
		basicOnly(http, identityService);
		http.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain embeddedApiSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
		http.securityMatcher(
				new OrRequestMatcher(withDefaults().matcher("/api/**"), new OrRequestMatcher(AccessRules.DOCS)))
			.authorizeHttpRequests(AccessRules::api);
		basicOnly(http, identityService);
		return http.build();
	}

	private static void basicOnly(HttpSecurity http, IdentityService identityService) throws Exception {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("injaz");
		AuthenticationEntryPoint unauthorized = ProblemResponses.unauthorized(challenge);
		http.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.authenticationManager(new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
	}

	/**
	 * Links in Tasklist's forms: the webapps' own session signs the staff member in.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain embeddedFilesSecurity(HttpSecurity http, ProcessEngine processEngine) throws Exception {
		AuthenticationEntryPoint unauthorized = ProblemResponses
			.unauthorized(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		http.securityMatcher(AccessRules.FILES)
			.authorizeHttpRequests(AccessRules::files)
			.addFilterBefore(new WebappSessionAuthenticationFilter(processEngine.getName()),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * The webapps (which sign users in on their own in this mode), the public pages, and
	 * the nominees' portal with a form sign-in against Camunda's identity (CSRF on).
	 */
	@Bean
	@Order(4)
	SecurityFilterChain embeddedSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
		entryPoints.put(PublicPaths.portal(), new LoginUrlAuthenticationEntryPoint(PublicPaths.PORTAL_SIGN_IN));
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
		entryPoint.setDefaultEntryPoint(new Http403ForbiddenEntryPoint());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PublicPaths.matchers())
			.permitAll()
			// Camunda's webapps sign users in on their own in this mode.
			.requestMatchers(withDefaults().matcher("/camunda/**"))
			.permitAll()
			.requestMatchers(withDefaults().matcher(PublicPaths.PORTAL_SIGN_IN))
			.permitAll()
			.requestMatchers(withDefaults().matcher(PublicPaths.PORTAL_REFUSED))
			.authenticated()
			.requestMatchers(PublicPaths.portal())
			.hasRole(Roles.NOMINEE)
			.anyRequest()
			.denyAll())
			.formLogin((login) -> login.loginPage(PublicPaths.PORTAL_SIGN_IN)
				.loginProcessingUrl(PublicPaths.PORTAL_SIGN_IN)
				.defaultSuccessUrl(PublicPaths.PORTAL, false)
				.failureUrl(PublicPaths.PORTAL_SIGN_IN + "?error"))
			.logout((logout) -> logout
				.logoutRequestMatcher(withDefaults().matcher(HttpMethod.POST, PublicPaths.PORTAL_SIGN_OUT))
				.logoutSuccessUrl(PublicPaths.PORTAL_SIGN_IN + "?signed-out"))
			.authenticationManager(new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(PortalRefusal.handler()))
			// The webapps carry their own CSRF token; the REST API is stateless.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(withDefaults().matcher("/camunda/api/**")));
		return http.build();
	}

}
