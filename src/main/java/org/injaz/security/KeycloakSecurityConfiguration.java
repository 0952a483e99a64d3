package org.injaz.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.injaz.identity.KeycloakProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Full stack: Keycloak signs users in to the webapps (authorization code with PKCE), and
 * {@code /engine-rest} accepts only Keycloak-issued bearer tokens for the Injaz API
 * audience.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

	/**
	 * After Spring Security's filter chain, so that Camunda sees the signed-in principal.
	 */
	private static final int CAMUNDA_WEBAPP_FILTER_ORDER = 101;

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, JwtDecoder jwtDecoder, IdentityService identityService)
			throws Exception {
		http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.decoder(jwtDecoder)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository clientRegistrations)
			throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(
				clientRegistrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PublicPaths.matchers()).permitAll().anyRequest().authenticated())
			.oauth2Login((login) -> login.defaultSuccessUrl("/camunda/app/tasklist/", false))
			.logout((logout) -> logout.logoutSuccessHandler(logoutSuccess))
			// The webapps carry their own CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(withDefaults().matcher("/camunda/api/**")));
		return http.build();
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
		String browserFacing = keycloak.issuer() + "/protocol/openid-connect";
		String backChannel = keycloak.internalRealmUrl() + "/protocol/openid-connect";
		// Explicit endpoints: the application starts even while Keycloak is still
		// starting.
		ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak")
			.clientId(keycloak.webappClientId())
			.clientSecret(keycloak.webappClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(keycloak.issuer())
			.authorizationUri(browserFacing + "/auth")
			.tokenUri(backChannel + "/token")
			.jwkSetUri(backChannel + "/certs")
			.userInfoUri(backChannel + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", browserFacing + "/logout"))
			.clientName("Keycloak")
			// PKCE for the confidential client too (RFC 9700); Keycloak enforces S256 for
			// this client.
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(keycloak.internalRealmUrl() + "/protocol/openid-connect/certs")
			.build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(keycloak.apiAudience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(keycloak.issuer()), audience));
		return decoder;
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(CAMUNDA_WEBAPP_FILTER_ORDER);
		return registration;
	}

}
