package org.injaz.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Indexes and statistics on the engine's tables for the task lists that Tasklist and the
 * API ask for, for completing tasks among many, and for the job executor's acquisition
 * among many timers (docs/performance.md): Camunda indexes neither task definition keys,
 * due dates nor (outside SQL Server) parent tasks. The engine creates its tables itself,
 * possibly after Flyway ran, so the indexes are created here, once the engine is built,
 * idempotently, on PostgreSQL only.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	static final List<String> POSTGRES = List.of(
			// A reviewer's "My reviews" and "My tasks": assigned to me (of one kind),
			// nearest due date first.
			"create index if not exists injaz_task_assignee_due on act_ru_task (assignee_, due_date_, id_)",
			"create index if not exists injaz_task_assignee_key_due on act_ru_task (assignee_, task_def_key_, due_date_)",
			// A coordinator's lists: one kind of task, nearest due date (or oldest)
			// first.
			"create index if not exists injaz_task_key_due on act_ru_task (task_def_key_, due_date_, id_)",
			// PostgreSQL 15 stops Camunda's "select distinct ... order by due date" early
			// only along a due-date index, so it walks the one above for a busy expert's
			// page too, fetching every expert's reviews to find theirs. With the assignee
			// in this one it checks the index entry instead (1,600 reviews: 13 -> 6 ms).
			"create index if not exists injaz_task_key_due_assignee on act_ru_task (task_def_key_, due_date_, assignee_)",
			"create index if not exists injaz_task_key_created on act_ru_task (task_def_key_, create_time_, id_)",
			// Completing or deleting a task looks for its subtasks by parent; Camunda
			// indexes that column on SQL Server only, so each completion read every
			// open task (2.8 ms at 12,500 tasks, growing with them).
			"create index if not exists injaz_task_parent on act_ru_task (parent_task_id_)",
			// The authorization check of a task query asks for the grants to me or my
			// groups; Camunda indexes the groups only.
			"create index if not exists injaz_auth_user on act_ru_authorization (user_id_)",
			// A task query then looks up each task's grants by resource id, together
			// with the grants on '*' (about 40, of every resource type), and drops
			// those of other types one by one. Only grants on tasks and process
			// definitions decide whether a task is visible: a reviewer's count read 7
			// grants per task instead of 43 (14 -> 10 ms at 1,600 tasks).
			"create index if not exists injaz_auth_task_grants on act_ru_authorization (resource_id_)"
					+ " where resource_type_ in (6, 7) and type_ < 2",
			// Without these the planner guesses that almost no grant has the READ bit,
			// joins every task with every grant of my groups, and the list grows
			// quadratically; with them it looks each task's grants up by index.
			"create statistics if not exists injaz_auth_read on ((perms_ & 2)) from act_ru_authorization",
			"create statistics if not exists injaz_auth_read_task on ((perms_ & 64)) from act_ru_authorization",
			// The job executor asks for jobs due now (or without a due date) at every
			// poll; with two timers per open review nearly all jobs are due in days, and
			// each poll read all of them (192,000 jobs: 30 ms, 10,700 pages; 0.05 ms by
			// this index).
			"create index if not exists injaz_job_due on act_ru_job (duedate_)");

	private ProcessEngineConfigurationImpl configuration;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		if (!"postgres".equals(this.configuration.getDatabaseType())) {
			return;
		}
		try (Connection connection = this.configuration.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			for (String index : POSTGRES) {
				statement.execute(index);
			}
			connection.setAutoCommit(autoCommit);
			log.debug("Engine table indexes in place");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the indexes on the engine's tables: " + ex.getMessage(), ex);
		}
	}

}
