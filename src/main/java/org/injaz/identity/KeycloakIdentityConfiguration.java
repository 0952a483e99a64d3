package org.injaz.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The engine reads users and groups from Keycloak: usernames as user ids, group paths as
 * group ids. Both the engine's identity plugin and the affiliations keep Keycloak's
 * answers for {@code injaz.keycloak.cache-time}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableCaching
class KeycloakIdentityConfiguration {

	static final String ADMINISTRATOR_GROUP = "admins";

	/** Far more than the realm's experts, coordinators and committee members. */
	private static final int MAX_CACHED_USERS = 10_000;

	@Bean
	KeycloakIdentityProviderPlugin keycloakIdentityProviderPlugin(KeycloakProperties keycloak,
			@Value("${injaz.keycloak.cache-time:PT5M}") Duration cacheTime) {
		KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
		plugin.setKeycloakIssuerUrl(keycloak.internalRealmUrl());
		plugin.setKeycloakAdminUrl(keycloak.internalAdminUrl());
		plugin.setClientId(keycloak.identityClientId());
		plugin.setClientSecret(keycloak.identityClientSecret());
		plugin.setUseUsernameAsCamundaUserId(true);
		plugin.setUseGroupPathAsCamundaGroupId(true);
		plugin.setEnforceSubgroupsInGroupQuery(true);
		plugin.setAdministratorGroupName(ADMINISTRATOR_GROUP);
		plugin.setCacheEnabled(true);
		plugin.setMaxCacheSize(500);
		// The plugin counts in whole minutes.
		plugin.setCacheExpirationTimeoutMin((int) Math.max(1, cacheTime.toMinutes()));
		plugin.setLoginCacheEnabled(true);
		return plugin;
	}

	/**
	 * Affiliations per user, for as long as the plugin keeps users: a changed affiliation
	 * takes effect within that time.
	 */
	@Bean
	CacheManager affiliationsCacheManager(@Value("${injaz.keycloak.cache-time:PT5M}") Duration cacheTime) {
		CaffeineCacheManager caches = new CaffeineCacheManager();
		caches.setAllowNullValues(false);
		caches.registerCustomCache(KeycloakAffiliations.CACHE,
				Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(MAX_CACHED_USERS).recordStats().build());
		return caches;
	}

}
