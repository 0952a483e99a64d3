package org.injaz.edition.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionCoordinators;
import org.injaz.edition.EditionStarted;
import org.injaz.edition.process.EditionProcess.Var;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts the edition process of a newly created edition, once: its timers open and close
 * the window, start the committees and announce the results.
 */
@Service
public class EditionLifecycle {

	private final RuntimeService runtimeService;

	private final ApplicationEventPublisher events;

	EditionLifecycle(RuntimeService runtimeService, ApplicationEventPublisher events) {
		this.runtimeService = runtimeService;
		this.events = events;
	}

	/** Tells whether it started a process; an edition that has one keeps it. */
	public boolean startFor(Edition edition) {
		String programmeCode = edition.getProgramme().getCode();
		String businessKey = EditionProcess.businessKey(programmeCode, edition.getNumber());
		if (this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EditionProcess.KEY)
			.processInstanceBusinessKey(businessKey)
			.count() > 0) {
			return false;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(Var.PROGRAMME_CODE, programmeCode);
		variables.put(Var.EDITION_NUMBER, edition.getNumber());
		variables.put(Var.COORDINATOR_GROUP, EditionCoordinators.group(programmeCode, edition.getNumber()));
		variables.put(Var.NOMINATION_OPENS_AT, edition.getNominationOpensAt().toString());
		variables.put(Var.NOMINATION_CLOSES_AT, edition.getNominationClosesAt().toString());
		variables.put(Var.REVIEW_DEADLINE, edition.getReviewDeadline().toString());
		variables.put(Var.CEREMONY_AT, edition.getCeremonyAt().toString());
		this.runtimeService.startProcessInstanceByKey(EditionProcess.KEY, businessKey, variables);
		this.events.publishEvent(new EditionStarted(edition));
		return true;
	}

}
