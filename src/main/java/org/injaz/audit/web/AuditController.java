package org.injaz.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.injaz.edition.EditionCoordinators;
import org.injaz.audit.AuditTrail;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
	List<AuditEntry> trail(@PathVariable String reference, Authentication caller) {
		// A reference starts with its edition (ACH-4-G2C-0007): coordinators read only
		// their editions' trails.
		String[] parts = reference.split("-");
		if (parts.length < 2 || !parts[1].matches("\\d+")
				|| !EditionCoordinators.sees(authorityNames(caller), parts[0], Integer.parseInt(parts[1]))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No audit trail for " + reference);
		}
		List<AuditEntry> entries = new ArrayList<>();
		this.audit.of(reference)
			.forEach((event) -> entries.add(new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(),
					event.getDetail(), "injaz")));
		// A nomination's reference is the business key of its process (and of nothing
		// else).
		List<HistoricProcessInstance> instances = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list();
		if (instances.isEmpty() && entries.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No audit trail for " + reference);
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

	private static java.util.Set<String> authorityNames(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(org.springframework.security.core.GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
	}

}
