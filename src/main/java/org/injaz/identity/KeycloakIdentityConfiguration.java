package org.injaz.identity;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The engine reads users and groups from Keycloak: usernames as user ids, group paths as
 * group ids.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakIdentityConfiguration {

	static final String ADMINISTRATOR_GROUP = "admins";

	@Bean
	KeycloakIdentityProviderPlugin keycloakIdentityProviderPlugin(KeycloakProperties keycloak) {
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
		plugin.setCacheExpirationTimeoutMin(5);
		plugin.setLoginCacheEnabled(true);
		return plugin;
	}

}
