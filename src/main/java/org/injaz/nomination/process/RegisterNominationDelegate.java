package org.injaz.nomination.process;

import static org.injaz.nomination.process.NominationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.edition.EditionCoordinators;
import org.injaz.edition.OpenEditions;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationSubmission;

import org.springframework.stereotype.Component;

/**
 * Stores the submitted nomination and makes its reference the process's business key.
 */
@Component("registerNominationDelegate")
class RegisterNominationDelegate implements JavaDelegate {

	private final NominationService nominations;

	private final OpenEditions openEditions;

	RegisterNominationDelegate(NominationService nominations, OpenEditions openEditions) {
		this.nominations = nominations;
		this.openEditions = openEditions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String programme = text(execution, Var.PROGRAMME_CODE, OpenEditions.DEFAULT_PROGRAMME);
		Object editionNumber = execution.getVariable(Var.EDITION_NUMBER);
		int edition = (editionNumber != null) ? Integer.parseInt(editionNumber.toString())
				: this.openEditions.currentNumber(programme);
		// Invalid input fails the start itself: the caller sees the message and nothing
		// is stored.
		Nomination nomination = this.nominations.register(new NominationSubmission(programme, edition,
				text(execution, Var.BRANCH_CODE, null), text(execution, Var.NOMINEE, null),
				text(execution, Var.ENTITY_NAME, null), entityType(execution), text(execution, Var.TITLE, null),
				text(execution, Var.SUMMARY, null), text(execution, Var.SERVICE_URL, null)));
		this.nominations.definePartners(nomination.getReference(),
				ProcessValues.list(execution.getVariable(Var.PARTNER_ENTITIES)));
		execution.setProcessBusinessKey(nomination.getReference());
		execution.setVariable(Var.NOMINATION_REFERENCE, nomination.getReference());
		execution.setVariable(Var.PROGRAMME_CODE, programme);
		execution.setVariable(Var.EDITION_NUMBER, edition);
		// The eligibility rules read the canonical values, not what was typed.
		execution.setVariable(Var.BRANCH_CODE, nomination.getBranch().getCode());
		execution.setVariable(Var.ENTITY_TYPE, nomination.getEntityType().name());
		execution.setVariable(Var.COORDINATOR_GROUP, EditionCoordinators.group(programme, edition));
	}

	private static EntityType entityType(DelegateExecution execution) {
		String value = text(execution, Var.ENTITY_TYPE, null);
		try {
			return (value != null) ? EntityType.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSubmissionException(Var.ENTITY_TYPE, "unknownEntityType",
					"is not one of GOVERNMENT, SEMI_GOVERNMENT, PRIVATE, INDIVIDUAL");
		}
	}

	private static String text(DelegateExecution execution, String name, String fallback) {
		Object value = execution.getVariable(name);
		return (value != null && !value.toString().isBlank()) ? value.toString().trim() : fallback;
	}

}
