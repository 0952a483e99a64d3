package org.injaz.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.injaz.identity.KeycloakProperties;
import org.injaz.web.ProblemResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Full stack: Keycloak signs users in to the webapps (authorization code with PKCE);
 * {@code /engine-rest} and {@code /api} accept only Keycloak-issued bearer tokens for the
 * Injaz API audience. Keycloak groups give the roles.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

	/**
	 * After Spring Security's filter chain, so that Camunda sees the signed-in principal.
	 */
	private static final int CAMUNDA_WEBAPP_FILTER_ORDER = 101;

	private static final String GROUPS_CLAIM = "groups";

	static final String SIGN_OUT = "/sign-out";

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, JwtDecoder jwtDecoder, IdentityService identityService)
			throws Exception {
		http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole(Roles.STAFF));
		bearerOnly(http, jwtDecoder);
		http.addFilterAfter(new EngineAuthenticationFilter(identityService), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
		http.securityMatcher(withDefaults().matcher("/api/**")).authorizeHttpRequests(AccessRules::api);
		bearerOnly(http, jwtDecoder);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository clientRegistrations)
			throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(
				clientRegistrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
		// Nominees signing out of the portal come back to the portal (and Keycloak's
		// sign-in), not to the webapps.
		OidcClientInitiatedLogoutSuccessHandler portalLogoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(
				clientRegistrations);
		portalLogoutSuccess.setPostLogoutRedirectUri("{baseUrl}" + PublicPaths.PORTAL);
		LinkedHashMap<RequestMatcher, LogoutSuccessHandler> logoutSuccessByPath = new LinkedHashMap<>();
		logoutSuccessByPath.put(withDefaults().matcher(HttpMethod.POST, PublicPaths.PORTAL_SIGN_OUT),
				portalLogoutSuccess);
		DelegatingLogoutSuccessHandler signedOut = new DelegatingLogoutSuccessHandler(logoutSuccessByPath);
		signedOut.setDefaultLogoutSuccessHandler(logoutSuccess);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PublicPaths.matchers())
			.permitAll()
			.requestMatchers(withDefaults().matcher("/camunda/**"))
			.hasAnyRole(Roles.STAFF)
			// Links in Tasklist's forms to a nomination's files (CaseFileAccess decides
			// whose).
			.requestMatchers(withDefaults().matcher(HttpMethod.GET, "/files/nominations/*/*"))
			.hasAnyRole(Roles.STAFF)
			.requestMatchers(AccessRules.FILES)
			.denyAll()
			// Signing in to the portal is Keycloak's sign-in; its page only sends the
			// signed-in user on.
			.requestMatchers(withDefaults().matcher(PublicPaths.PORTAL_SIGN_IN),
					withDefaults().matcher(PublicPaths.PORTAL_REFUSED))
			.authenticated()
			.requestMatchers(PublicPaths.portal())
			.hasRole(Roles.NOMINEE)
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.successHandler(signInSuccess())
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(groupRoles())))
			// RP-initiated logout: ends this session, then Keycloak's (with
			// id_token_hint). The webapps' logout
			// button navigates to /sign-out (see WebappSingleSignOut); signing out is all
			// a forged GET could do.
			.logout((logout) -> logout
				.logoutRequestMatcher(new OrRequestMatcher(withDefaults().matcher(HttpMethod.GET, SIGN_OUT),
						withDefaults().matcher(HttpMethod.POST, "/logout"),
						withDefaults().matcher(HttpMethod.POST, PublicPaths.PORTAL_SIGN_OUT)))
				.logoutSuccessHandler(signedOut))
			// XHR calls of the webapps get 401, not a redirect to a login page they
			// cannot follow.
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						withDefaults().matcher("/camunda/api/**"))
				.accessDeniedHandler(PortalRefusal.handler()))
			// The webapps carry their own CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(withDefaults().matcher("/camunda/api/**")));
		return http.build();
	}

	private static void bearerOnly(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
		AuthenticationEntryPoint unauthorized = ProblemResponses
			.unauthorized(new BearerTokenAuthenticationEntryPoint());
		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new GroupRolesJwtConverter()))
			.authenticationEntryPoint(unauthorized)
			.accessDeniedHandler(ProblemResponses.forbidden()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
	}

	/**
	 * After Keycloak's sign-in: back to the page that asked for it (a portal page lands
	 * in the portal); otherwise nominees go to the portal and staff to Tasklist.
	 */
	private static AuthenticationSuccessHandler signInSuccess() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				Set<String> roles = new HashSet<>();
				authentication.getAuthorities().forEach((authority) -> roles.add(authority.getAuthority()));
				boolean staff = Arrays.stream(Roles.STAFF).anyMatch((role) -> roles.contains("ROLE_" + role));
				return (!staff && roles.contains("ROLE_" + Roles.NOMINEE)) ? PublicPaths.PORTAL
						: "/camunda/app/tasklist/";
			}
		};
	}

	/** Roles for web sign-ins, from the ID token's group paths. */
	private static GrantedAuthoritiesMapper groupRoles() {
		return (authorities) -> {
			Set<GrantedAuthority> mapped = new HashSet<>(authorities);
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					List<String> groups = oidc.getIdToken().getClaimAsStringList(GROUPS_CLAIM);
					mapped.addAll(Roles.fromGroups((groups != null) ? groups : List.of()));
				}
			}
			return mapped;
		};
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
			.providerConfigurationMetadata(Map.of("end_session_endpoint", browserFacing + "/logout"))
			.clientName("Keycloak")
			// PKCE for the confidential client too (RFC 9700); Keycloak enforces S256 for
			// this client.
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak,
			@Value("${injaz.security.jwt-clock-skew:PT30S}") Duration clockSkew) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(keycloak.internalRealmUrl() + "/protocol/openid-connect/certs")
			.build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(keycloak.apiAudience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
				new JwtIssuerValidator(keycloak.issuer()), audience));
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

	/** Roles for bearer tokens, from the access token's group paths. */
	static final class GroupRolesJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			List<String> groups = jwt.getClaimAsStringList(GROUPS_CLAIM);
			return new JwtAuthenticationToken(jwt, Roles.fromGroups((groups != null) ? groups : List.of()),
					jwt.getClaimAsString("preferred_username"));
		}

	}

}
