package org.injaz.nomination.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.injaz.nomination.process.NominationSubmissions;
import org.injaz.security.Roles;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who reaches these endpoints is decided in AccessRules; whose nominations a caller sees
 * is decided here: nominees only their own, coordinators and admins all.
 */
@RestController
@RequestMapping("/api/v1/nominations")
class NominationController {

	private final NominationQueries queries;

	private final NominationSubmissions submissions;

	NominationController(NominationQueries queries, NominationSubmissions submissions) {
		this.queries = queries;
		this.submissions = submissions;
	}

	@GetMapping
	List<NominationView> list(Authentication caller) {
		return isStaff(caller) ? this.queries.all() : this.queries.of(caller.getName());
	}

	@GetMapping("/{reference}")
	NominationView one(@PathVariable String reference, Authentication caller) {
		return this.queries.one(reference, isStaff(caller) ? null : caller.getName());
	}

	@PostMapping
	ResponseEntity<NominationView> submit(@Valid @RequestBody SubmitNominationRequest request, Authentication caller) {
		String reference = this.submissions.submit(caller.getName(), request.programmeCode(), request.editionNumber(),
				request.branchCode(), request.entityName(), request.entityType(), request.title(), request.summary(),
				request.serviceUrl(), request.partnerEntities());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + reference))
			.body(this.queries.one(reference, caller.getName()));
	}

	private static boolean isStaff(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + Roles.COORDINATOR)
					|| authority.getAuthority().equals("ROLE_" + Roles.ADMIN));
	}

}
