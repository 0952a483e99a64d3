package org.injaz.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Embedded default: Camunda's own identity signs users in to the webapps, and
 * {@code /engine-rest} takes HTTP Basic credentials checked against it. Everything else
 * stays closed but health.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class EmbeddedSecurityConfiguration {

	@Bean
	SecurityFilterChain embeddedSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PublicPaths.matchers())
			.permitAll()
			// Camunda's webapps and REST API authenticate on their own in this mode.
			.requestMatchers(withDefaults().matcher("/camunda/**"), withDefaults().matcher("/engine-rest/**"))
			.permitAll()
			.anyRequest()
			.denyAll())
			// The webapps carry their own CSRF token; the REST API is stateless.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(withDefaults().matcher("/camunda/api/**"),
					withDefaults().matcher("/engine-rest/**")));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}
