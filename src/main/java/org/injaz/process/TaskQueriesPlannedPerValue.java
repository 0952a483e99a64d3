package org.injaz.process;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, a task query (Tasklist's filters, the REST API's task lists) is planned
 * with its values each time: a generic plan of the prepared statement cannot use the
 * statistics on the grants' permission bits, and took the coordinator's count at 100,000
 * tasks from 0.12 s to 26 s (docs/performance.md). Every other statement keeps
 * PostgreSQL's default, a generic plan once it has proved as good: planning each
 * execution cost more than executing it for most of them (an authorization check: 1.5 ms
 * planned, 0.06 ms run).
 */
@Component
class TaskQueriesPlannedPerValue extends AbstractProcessEnginePlugin {

	static final String PLAN_PER_VALUE = "set local plan_cache_mode = force_custom_plan";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new PlanPerValue(configuration));
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

	/**
	 * Inside the command's transaction, before the command: {@code set local} lasts until
	 * that transaction ends.
	 */
	static class PlanPerValue extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl configuration;

		private JdbcTemplate jdbc;

		PlanPerValue(ProcessEngineConfigurationImpl configuration) {
			this.configuration = configuration;
		}

		@Override
		public <T> T execute(Command<T> command) {
			if (isTaskQuery(command) && "postgres".equals(this.configuration.getDatabaseType())
					&& TransactionSynchronizationManager.isActualTransactionActive()) {
				jdbc().execute(PLAN_PER_VALUE);
			}
			return this.next.execute(command);
		}

		static boolean isTaskQuery(Command<?> command) {
			return command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
		}

		private JdbcTemplate jdbc() {
			if (this.jdbc == null) {
				// The engine's data source is Spring's transaction-aware proxy of the
				// application's: the statement runs on the transaction's connection.
				DataSource dataSource = this.configuration.getDataSource();
				this.jdbc = new JdbcTemplate(dataSource);
			}
			return this.jdbc;
		}

	}

}
