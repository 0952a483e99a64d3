package org.injaz.startup;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRunTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(TrainingRun.class);

	@Test
	void onlyATrainingRunStopsOnceReady() {
		this.contexts.run((context) -> assertThat(context).doesNotHaveBean(TrainingRun.class));
		this.contexts.withPropertyValues("injaz.training-run=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TrainingRun.class));
		this.contexts.withPropertyValues("injaz.training-run=true")
			.run((context) -> assertThat(context).hasSingleBean(TrainingRun.class));
	}

	@Test
	void closesTheApplicationAndExitsWithItsCode() {
		SpringApplication application = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).build();
		ConfigurableApplicationContext context = application.run();
		List<Integer> exits = new ArrayList<>();

		new TrainingRun(exits::add)
			.onApplicationEvent(new ApplicationReadyEvent(application, new String[0], context, null));

		assertThat(context.isActive()).isFalse();
		assertThat(exits).containsExactly(0);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
