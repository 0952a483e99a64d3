package org.injaz.nomination.process;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.audit.AuditTrail;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.OpenEditions;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.process.NominationProcess.Var;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a nomination process for a nominee's submission through the product's API, after
 * the checks a nominee should hear about as a bad request rather than as a failed process
 * start.
 */
@Service
public class NominationSubmissions {

	private final RuntimeService runtimeService;

	private final Editions editions;

	private final OpenEditions openEditions;

	private final AuditTrail audit;

	private final Clock clock;

	private final NominationService nominationService;

	NominationSubmissions(RuntimeService runtimeService, Editions editions, OpenEditions openEditions, AuditTrail audit,
			Clock clock, NominationService nominationService) {
		this.nominationService = nominationService;
		this.runtimeService = runtimeService;
		this.editions = editions;
		this.openEditions = openEditions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Returns the new nomination's reference. */
	@Transactional
	public String submit(String nominee, String programmeCode, Integer editionNumber, String branchCode,
			String entityName, EntityType entityType, String title, String summary, String serviceUrl,
			List<String> partnerEntities) {
		String programme = (programmeCode != null && !programmeCode.isBlank()) ? programmeCode
				: OpenEditions.DEFAULT_PROGRAMME;
		int number;
		if (editionNumber != null) {
			number = editionNumber;
		}
		else {
			try {
				number = this.openEditions.currentNumber(programme);
			}
			catch (IllegalStateException ex) {
				throw new InvalidSubmissionException("editionNumber", "names no open edition of " + programme);
			}
		}
		Edition edition = this.editions.findByProgrammeCodeAndNumber(programme, number)
			.orElseThrow(() -> new InvalidSubmissionException("editionNumber",
					"names no edition of programme " + programme));
		if (!edition.acceptsNominationsAt(this.clock.instant())) {
			throw new InvalidSubmissionException("editionNumber", "the nomination window of edition " + number
					+ " is closed (" + edition.getNominationOpensAt() + " to " + edition.getNominationClosesAt() + ")");
		}
		boolean knownBranch = edition.getProgramme()
			.getBranches()
			.stream()
			.anyMatch((branch) -> branch.getCode().equalsIgnoreCase(branchCode));
		if (!knownBranch) {
			throw new InvalidSubmissionException("branchCode", "is not a branch of programme " + programme);
		}
		this.nominationService.refuseDuplicate(programme, number, branchCode, serviceUrl, title);
		Map<String, Object> variables = new HashMap<>();
		variables.put(Var.NOMINEE, nominee);
		variables.put(Var.PROGRAMME_CODE, programme);
		variables.put(Var.EDITION_NUMBER, number);
		variables.put(Var.BRANCH_CODE, branchCode);
		variables.put(Var.ENTITY_NAME, entityName);
		variables.put(Var.ENTITY_TYPE, entityType.name());
		variables.put(Var.TITLE, title);
		variables.put(Var.SUMMARY, summary);
		variables.put(Var.SERVICE_URL, serviceUrl);
		if (partnerEntities != null && !partnerEntities.isEmpty()) {
			// One per line, as the submit form's text area gives them.
			variables.put(Var.PARTNER_ENTITIES, String.join("\n", partnerEntities));
		}
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY, variables);
		this.audit.record(nominee, "NOMINATION_SUBMITTED", instance.getBusinessKey(), "via the API");
		return instance.getBusinessKey();
	}

}
