package org.injaz.security;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Embedded default: the realm's {@code admins} group holds every engine permission, as
 * the Keycloak plugin's administrator group does in the full stack.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class EmbeddedAdministrators {

	@Bean
	AdministratorAuthorizationPlugin administratorAuthorizationPlugin() {
		AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
		plugin.setAdministratorGroupName("admins");
		return plugin;
	}

}
