package org.injaz.startup;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With {@code injaz.training-run=true} the application stops as soon as it is ready. The
 * image is built with such a run under {@code -XX:ArchiveClassesAtExit}: the JVM writes
 * every class the start loaded, the start-up runners' included, into the archive that
 * later starts map instead of loading the classes again (Dockerfile,
 * docs/performance.md). Spring's own {@code spring.context.exit=onRefresh} stops before
 * the runners, whose classes (the engine executing processes, the decisions, the queries)
 * then load at every start.
 */
@Component
@ConditionalOnProperty(name = "injaz.training-run", havingValue = "true")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private final IntConsumer exit;

	TrainingRun() {
		this(System::exit);
	}

	TrainingRun(IntConsumer exit) {
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		log.info("Training run: ready, stopping");
		this.exit.accept(SpringApplication.exit(event.getApplicationContext()));
	}

}
