package org.injaz.process;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullHistoryWithoutEmptyDeclarationsTest {

	private final HistoryLevel level = FullHistoryWithoutEmptyDeclarations.LEVEL;

	@Test
	void isTheFullLevelToTheDatabase() {
		assertThat(this.level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
		assertThat(this.level.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
	}

	@Test
	void leavesOutOnlyTheDetailOfAVariableCreatedEmpty() {
		assertThat(detail(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, "null")).isFalse();
		assertThat(detail(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, "integer")).isTrue();
		assertThat(detail(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, "integer")).isTrue();
		// Emptying a value that was set is a change, and recorded.
		assertThat(detail(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, "null")).isTrue();
		assertThat(this.level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
				event(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, "null")))
			.isTrue();
		assertThat(this.level.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
	}

	@Test
	void replacesTheEnginesFullLevel() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());
		new FullHistoryWithoutEmptyDeclarations().preInit(configuration);
		configuration.initHistoryLevel();
		assertThat(configuration.getHistoryLevel()).isSameAs(this.level);
	}

	private boolean detail(HistoryEventTypes type, String serializer) {
		return this.level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
				event(type, serializer));
	}

	private static HistoricVariableUpdateEventEntity event(HistoryEventTypes type, String serializer) {
		HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
		event.setEventType(type.getEventName());
		event.setSerializerName(serializer);
		return event;
	}

}
