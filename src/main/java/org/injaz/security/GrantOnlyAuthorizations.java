package org.injaz.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.AuthorizationServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Access to Injaz's cases is granted, never revoked: every grant names the edition's
 * group, instance or task it opens (EditionScopedTaskAuthorizations). A revoking grant
 * (Camunda's {@code REVOKE} type, e.g. made in Admin) is refused with a bad request, and
 * the engine starts only if none is stored. So Camunda need not look for revoking grants
 * in every authorization check ({@code authorizationCheckRevokes = never}): one query per
 * command and the revoking branches of each check's SQL fewer (docs/performance.md).
 */
@Component
class GrantOnlyAuthorizations extends AbstractProcessEnginePlugin {

	static final String REFUSED = "Injaz grants access and does not revoke it: a revoking authorization is refused. "
			+ "Delete or narrow the grant instead.";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
		configuration.setAuthorizationService(new GrantOnlyAuthorizationService());
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		long revoking = engine.getAuthorizationService()
			.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count();
		if (revoking > 0) {
			throw new IllegalStateException(
					revoking + " revoking authorizations are stored (ACT_RU_AUTHORIZATION, TYPE_ "
							+ Authorization.AUTH_TYPE_REVOKE
							+ "); Injaz does not check them. Delete them, or narrow the grants "
							+ "they were meant to limit, and start again.");
		}
	}

	/** Camunda's authorization service, without revoking grants. */
	static class GrantOnlyAuthorizationService extends AuthorizationServiceImpl {

		@Override
		public Authorization createNewAuthorization(int authorizationType) {
			refuseRevoking(authorizationType);
			return super.createNewAuthorization(authorizationType);
		}

		@Override
		public Authorization saveAuthorization(Authorization authorization) {
			refuseRevoking(authorization.getAuthorizationType());
			return super.saveAuthorization(authorization);
		}

		private static void refuseRevoking(int authorizationType) {
			if (authorizationType == Authorization.AUTH_TYPE_REVOKE) {
				throw new BadUserRequestException(REFUSED);
			}
		}

	}

}
