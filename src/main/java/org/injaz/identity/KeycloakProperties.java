package org.injaz.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and how the application identifies itself to it.
 *
 * @param url the address browsers use; it is the token issuer
 * @param internalUrl the address the application uses for back-channel calls
 */
@ConfigurationProperties("injaz.keycloak")
public record KeycloakProperties(String url, String internalUrl, String realm, String webappClientId,
		String webappClientSecret, String identityClientId, String identityClientSecret, String apiAudience) {

	public String issuer() {
		return this.url + "/realms/" + this.realm;
	}

	public String internalRealmUrl() {
		return this.internalUrl + "/realms/" + this.realm;
	}

	public String internalAdminUrl() {
		return this.internalUrl + "/admin/realms/" + this.realm;
	}

}
