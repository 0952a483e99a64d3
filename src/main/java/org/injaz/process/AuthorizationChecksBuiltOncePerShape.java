package org.injaz.process;

import java.sql.Connection;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;

import org.springframework.stereotype.Component;

/**
 * Camunda's authorization check runs SQL that MyBatis builds once per shape of check
 * rather than once per check ({@link AuthorizationCheckTemplates}): the check itself, its
 * grants and its answer are Camunda's.
 * <p>
 * On PostgreSQL, a check of several permissions at once (Camunda's check before a task is
 * claimed or completed: the task's or its process definition's permission) runs with a
 * generic plan. PostgreSQL estimates that plan dearer than one made with the values, so
 * by default it plans the check anew each time: 1-1.5 ms of planning for a 0.1-0.2 ms
 * check, where the generic plan runs as fast (docs/performance.md). A check of one
 * permission gets the generic plan by default.
 */
@Component
class AuthorizationChecksBuiltOncePerShape extends AbstractProcessEnginePlugin {

	static final String CHECK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.isUserAuthorizedForResource";

	static final String GENERIC_PLAN = "set local plan_cache_mode = force_generic_plan";

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getSqlSessionFactory()
			.getConfiguration()
			.addInterceptor(new FromTemplates("postgres".equals(configuration.getDatabaseType())));
	}

	/**
	 * The executor's query with the statement already built, as MyBatis' own query does.
	 */
	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	static final class FromTemplates implements Interceptor {

		private final AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();

		private final boolean genericPlansForSeveralPermissions;

		FromTemplates(boolean genericPlansForSeveralPermissions) {
			this.genericPlansForSeveralPermissions = genericPlansForSeveralPermissions;
		}

		/** Only the executor (see TaskQueriesPlannedPerValue.PlanPerValue#plugin). */
		@Override
		public Object plugin(Object target) {
			return (target instanceof Executor) ? Plugin.wrap(target, this) : target;
		}

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			Object[] args = invocation.getArgs();
			MappedStatement statement = (MappedStatement) args[0];
			if (!CHECK.equals(statement.getId()) || args[1] == null || args[1].getClass() != AuthorizationCheck.class) {
				return invocation.proceed();
			}
			AuthorizationCheck check = (AuthorizationCheck) args[1];
			RowBounds rows = (RowBounds) args[2];
			Executor executor = (Executor) invocation.getTarget();
			BoundSql sql = this.templates.boundSql(statement, check);
			CacheKey key = executor.createCacheKey(statement, check, rows, sql);
			Connection connection = executor.getTransaction().getConnection();
			// Outside a transaction block PostgreSQL ignores set local (with a warning).
			if (!this.genericPlansForSeveralPermissions || !ofSeveralPermissions(check) || connection.getAutoCommit()) {
				return executor.query(statement, check, rows, (ResultHandler<?>) args[3], key, sql);
			}
			TaskQueriesPlannedPerValue.PlanPerValue.run(connection, GENERIC_PLAN);
			Object result = executor.query(statement, check, rows, (ResultHandler<?>) args[3], key, sql);
			// After an error the transaction rolls back, and the setting with it.
			TaskQueriesPlannedPerValue.PlanPerValue.run(connection, TaskQueriesPlannedPerValue.PLAN_AS_USUAL);
			return result;
		}

		/** Whether the check's SQL combines several checks (Camunda's COALESCE form). */
		static boolean ofSeveralPermissions(AuthorizationCheck check) {
			CompositePermissionCheck permissions = check.getPermissionChecks();
			return permissions != null && ((permissions.getAtomicChecks() != null
					&& permissions.getAtomicChecks().size() > 1)
					|| (permissions.getCompositeChecks() != null && permissions.getCompositeChecks().size() > 1));
		}

		AuthorizationCheckTemplates templates() {
			return this.templates;
		}

	}

}
