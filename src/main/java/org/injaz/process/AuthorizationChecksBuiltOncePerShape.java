package org.injaz.process;

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

import org.springframework.stereotype.Component;

/**
 * Camunda's authorization check runs SQL that MyBatis builds once per shape of check
 * rather than once per check ({@link AuthorizationCheckTemplates}): the check itself, its
 * grants and its answer are Camunda's.
 */
@Component
class AuthorizationChecksBuiltOncePerShape extends AbstractProcessEnginePlugin {

	static final String CHECK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.isUserAuthorizedForResource";

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new FromTemplates());
	}

	/**
	 * The executor's query with the statement already built, as MyBatis' own query does.
	 */
	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	static final class FromTemplates implements Interceptor {

		private final AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();

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
			return executor.query(statement, check, rows, (ResultHandler<?>) args[3], key, sql);
		}

		AuthorizationCheckTemplates templates() {
			return this.templates;
		}

	}

}
