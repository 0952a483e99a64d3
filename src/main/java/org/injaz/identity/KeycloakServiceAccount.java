package org.injaz.identity;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.RequestAttributePrincipalResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

/**
 * Calls to Keycloak's admin API as the identity client's service account: Spring
 * Security's OAuth2 client obtains a client-credentials token, keeps it and asks for a
 * new one only when it is about to expire (or Keycloak rejects it).
 */
final class KeycloakServiceAccount {

	static final String REGISTRATION_ID = "keycloak-identity";

	private KeycloakServiceAccount() {
	}

	/**
	 * A client for the admin API that sends the service account's token.
	 * @param http a builder for the admin API calls, changed here
	 * @param tokenHttp another builder, for the token requests, changed here
	 */
	static RestClient adminClient(KeycloakProperties keycloak, RestClient.Builder http, RestClient.Builder tokenHttp) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(keycloak.identityClientId())
			.clientSecret(keycloak.identityClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(keycloak.internalRealmUrl() + "/protocol/openid-connect/token")
			.build();
		ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);

		// The token requests go through the application's RestClient builder (configured
		// like its other HTTP calls), with the converters the OAuth2 token endpoint
		// needs.
		RestClientClientCredentialsTokenResponseClient tokenEndpoint = new RestClientClientCredentialsTokenResponseClient();
		tokenEndpoint.setRestClient(tokenHttp.messageConverters((converters) -> {
			converters.clear();
			converters.add(new FormHttpMessageConverter());
			converters.add(new StringHttpMessageConverter());
			converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
		}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());

		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, tokens);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((clientCredentials) -> clientCredentials.accessTokenResponseClient(tokenEndpoint))
			.build());

		OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
		// One token for the application, whoever is signed in on the calling thread (a
		// request thread, or none in the job executor).
		bearer.setPrincipalResolver(new RequestAttributePrincipalResolver());
		// A token Keycloak rejects (401/403) is dropped, so the next call asks for a new
		// one.
		bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
		return http
			.defaultRequest((request) -> request.attributes(clientRegistrationId(REGISTRATION_ID)
				.andThen(RequestAttributePrincipalResolver.principal(keycloak.identityClientId()))))
			.requestInterceptor(bearer)
			.build();
	}

}
