package org.injaz.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import org.springframework.stereotype.Component;

/**
 * Before each authorization check, Camunda narrows the signed-in user's groups to those
 * that hold any grant, by reading the distinct groups of the whole grant table once per
 * command. The product grants per task, so that table grows with the open tasks (over
 * 100,000 rows at scale, docs/performance.md) and the narrowing costs every request a
 * scan of it. Our users belong to a handful of groups; checking them all is as correct (a
 * group without grants matches nothing) and cheap.
 */
@Component
class AuthorizedGroupsUnfiltered extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = new ArrayList<>();
		if (configuration.getCustomSessionFactories() != null) {
			factories.addAll(configuration.getCustomSessionFactories());
		}
		factories.add(new GenericManagerFactory(UnfilteredAuthorizationManager.class) {
			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}
		});
		configuration.setCustomSessionFactories(factories);
	}

	/** An authorization manager that takes the user's groups as they are. */
	public static class UnfilteredAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			return (authenticatedGroupIds != null) ? authenticatedGroupIds : List.of();
		}

	}

}
