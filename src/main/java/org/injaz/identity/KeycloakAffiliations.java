package org.injaz.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.injaz.review.Affiliations;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Full stack: affiliations are Keycloak user attributes, read through the admin API with
 * the identity client's service account (the same one the engine's identity plugin uses;
 * it may view users).
 */
@Component
@Profile("keycloak")
class KeycloakAffiliations implements Affiliations {

	private final KeycloakProperties keycloak;

	private final RestClient http;

	KeycloakAffiliations(KeycloakProperties keycloak, RestClient.Builder http) {
		this.keycloak = keycloak;
		this.http = http.build();
	}

	@Override
	public Set<String> entitiesOf(String username) {
		JsonNode users = this.http.get()
			.uri(this.keycloak.internalAdminUrl() + "/users?exact=true&briefRepresentation=false&username={username}",
					username)
			.headers((headers) -> headers.setBearerAuth(serviceAccountToken()))
			.retrieve()
			.body(JsonNode.class);
		Set<String> entities = new LinkedHashSet<>();
		if (users != null) {
			for (JsonNode user : users) {
				if (username.equals(user.path("username").asText())) {
					user.path("attributes").path(RealmExport.AFFILIATION).forEach((e) -> entities.add(e.asText()));
				}
			}
		}
		return entities;
	}

	private String serviceAccountToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.keycloak.identityClientId());
		form.add("client_secret", this.keycloak.identityClientSecret());
		JsonNode token = this.http.post()
			.uri(this.keycloak.internalRealmUrl() + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		return token.path("access_token").asText();
	}

}
