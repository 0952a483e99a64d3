package org.injaz.edition.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.process.EditionProcess.Var;

import org.springframework.stereotype.Component;

/**
 * Announces the edition, which makes its outcomes public, and tells every nomination of
 * the edition (Message_ResultsAnnounced).
 */
@Component("publishResultsDelegate")
class PublishResultsDelegate implements JavaDelegate {

	private final EditionAnnouncements announcements;

	private final RuntimeService runtimeService;

	PublishResultsDelegate(EditionAnnouncements announcements, RuntimeService runtimeService) {
		this.announcements = announcements;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.announcements.announce((String) execution.getVariable(Var.PROGRAMME_CODE),
				((Number) execution.getVariable(Var.EDITION_NUMBER)).intValue());
		execution.setVariable(Var.NOMINATIONS_ANNOUNCED, EditionMessages.toNominations(this.runtimeService, execution,
				EditionProcess.MESSAGE_RESULTS_ANNOUNCED));
	}

}
