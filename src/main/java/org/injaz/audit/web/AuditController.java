package org.injaz.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.injaz.audit.AuditTrail;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.NominationProcess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A nomination's audit trail: the product's case actions and the engine's user-operation
 * log, in time order. Read only; there is no endpoint that changes either.
 */
@RestController
class AuditController {

	private final AuditTrail audit;

	private final HistoryService historyService;

	AuditController(AuditTrail audit, HistoryService historyService) {
		this.audit = audit;
		this.historyService = historyService;
	}

	@GetMapping("/api/v1/nominations/{reference}/audit")
	List<AuditEntry> trail(@PathVariable String reference) {
		List<AuditEntry> entries = new ArrayList<>();
		this.audit.of(reference)
			.forEach((event) -> entries.add(new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(),
					event.getDetail(), "injaz")));
		List<HistoricProcessInstance> instances = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey(NominationProcess.KEY)
			.list();
		if (instances.isEmpty() && entries.isEmpty()) {
			throw new UnknownNominationException(reference);
		}
		for (HistoricProcessInstance instance : instances) {
			for (UserOperationLogEntry entry : this.historyService.createUserOperationLogQuery()
				.processInstanceId(instance.getId())
				.list()) {
				entries.add(new AuditEntry(entry.getTimestamp().toInstant(), entry.getUserId(),
						entry.getOperationType(), describe(entry), "engine"));
			}
		}
		entries.sort(Comparator.comparing(AuditEntry::at));
		return entries;
	}

	private static String describe(UserOperationLogEntry entry) {
		StringBuilder detail = new StringBuilder(entry.getEntityType());
		if (entry.getProperty() != null) {
			detail.append(' ')
				.append(entry.getProperty())
				.append(": ")
				.append(entry.getOrgValue())
				.append(" → ")
				.append(entry.getNewValue());
		}
		return detail.toString();
	}

	record AuditEntry(Instant at, String actor, String action, String detail, String source) {
	}

}
