package org.injaz.identity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.injaz.review.Affiliations;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Full stack: affiliations are Keycloak user attributes, read through the admin API with
 * the identity client's service account (the same one the engine's identity plugin uses;
 * it may view users).
 * <p>
 * Each person's affiliations are cached ({@code injaz.keycloak.cache-time}, five minutes
 * by default, as long as the identity plugin keeps users): a window close checks the same
 * experts for thousands of nominations. A changed affiliation therefore takes effect
 * within that time.
 */
@Component
@Profile("keycloak")
class KeycloakAffiliations implements Affiliations {

	static final String CACHE = "affiliations";

	private final KeycloakProperties keycloak;

	private final RestClient admin;

	KeycloakAffiliations(KeycloakProperties keycloak, RestClient.Builder http) {
		this.keycloak = keycloak;
		this.admin = KeycloakServiceAccount.adminClient(keycloak, http.clone(), http.clone());
	}

	/** Concurrent lookups of one person (parallel jobs) wait for a single call. */
	@Override
	@Cacheable(cacheNames = CACHE, sync = true)
	public Set<String> entitiesOf(String username) {
		JsonNode users = this.admin.get()
			.uri(this.keycloak.internalAdminUrl() + "/users?exact=true&briefRepresentation=false&username={username}",
					username)
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
		return Collections.unmodifiableSet(entities);
	}

}
