package org.injaz.process;

import java.lang.reflect.Proxy;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The interceptor wraps the executor, where the task queries pass, and leaves the
 * statements' own handlers as MyBatis made them. What it does around a task query is
 * tested on PostgreSQL ({@code NominationOnPostgresIT}).
 */
class TaskQueriesPlannedPerValueTest {

	private final TaskQueriesPlannedPerValue.PlanPerValue interceptor = new TaskQueriesPlannedPerValue.PlanPerValue();

	@Test
	void wrapsTheExecutor() {
		Object wrapped = this.interceptor.plugin(mock(Executor.class));

		assertThat(Proxy.isProxyClass(wrapped.getClass())).isTrue();
		assertThat(wrapped).isInstanceOf(Executor.class);
	}

	@Test
	void leavesTheStatementsHandlersAlone() {
		StatementHandler statement = mock(StatementHandler.class);
		ParameterHandler parameters = mock(ParameterHandler.class);
		ResultSetHandler results = mock(ResultSetHandler.class);

		assertThat(this.interceptor.plugin(statement)).isSameAs(statement);
		assertThat(this.interceptor.plugin(parameters)).isSameAs(parameters);
		assertThat(this.interceptor.plugin(results)).isSameAs(results);
	}

}
