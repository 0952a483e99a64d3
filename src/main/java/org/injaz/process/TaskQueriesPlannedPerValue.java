package org.injaz.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

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
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a task query (Tasklist's filters, the REST API's task lists) is planned
 * with its values each time: a generic plan of the prepared statement cannot use the
 * statistics on the grants' permission bits, and took the coordinator's count at 100,000
 * tasks from 0.12 s to 26 s (docs/performance.md). Only the task query's own statement:
 * the authorization checks, the filter's read and the process definitions Tasklist's list
 * embeds run in the same transaction and keep PostgreSQL's default, a generic plan once
 * it has proved as good (an authorization check: 1.5 ms planned, 0.06 ms run). So does a
 * task query pinned to one case by its process instance or business key (Tasklist's
 * search by reference): the case's index finds its few tasks whatever the values, and at
 * 100,000 tasks its generic plan ran in 0.03-0.1 ms where a plan per value took 0.6-0.9
 * ms to make.
 */
@Component
class TaskQueriesPlannedPerValue extends AbstractProcessEnginePlugin {

	static final String PLAN_PER_VALUE = "set local plan_cache_mode = force_custom_plan";

	static final String PLAN_AS_USUAL = "set local plan_cache_mode to default";

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if ("postgres".equals(configuration.getDatabaseType())) {
			configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new PlanPerValue());
		}
	}

	/**
	 * Around the task list's and the task count's statement, on the command's connection:
	 * {@code set local} would last until the transaction ends, so the setting is put back
	 * right after the statement.
	 */
	@Intercepts({
			@Signature(type = Executor.class, method = "query",
					args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
			@Signature(type = Executor.class, method = "query", args = { MappedStatement.class, Object.class,
					RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class }) })
	static class PlanPerValue implements Interceptor {

		static final Set<String> TASK_QUERIES = Set.of(
				"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
				"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

		/**
		 * Only the executor: MyBatis offers every statement's handlers too, and
		 * {@code Plugin.wrap} reads this class's annotations each time to find it has
		 * nothing to wrap (3 % of the product's CPU in the benchmark's lifecycles).
		 */
		@Override
		public Object plugin(Object target) {
			return (target instanceof Executor) ? Plugin.wrap(target, this) : target;
		}

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
			if (!TASK_QUERIES.contains(statement.getId()) || pinnedToOneCase(invocation.getArgs()[1])) {
				return invocation.proceed();
			}
			Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
			// Outside a transaction block PostgreSQL ignores set local (with a warning).
			if (connection.getAutoCommit()) {
				return invocation.proceed();
			}
			run(connection, PLAN_PER_VALUE);
			Object result = invocation.proceed();
			// After an error the transaction rolls back, and the setting with it.
			run(connection, PLAN_AS_USUAL);
			return result;
		}

		static boolean pinnedToOneCase(Object parameter) {
			return parameter instanceof TaskQueryImpl query
					&& (query.getProcessInstanceId() != null || query.getProcessInstanceBusinessKey() != null);
		}

		static void run(Connection connection, String sql) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
