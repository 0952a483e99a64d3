package org.injaz.security;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.injaz.committee.process.CommitteeProcess;
import org.injaz.process.TasklistFilters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

/**
 * What each group may do in the engine, granted at start-up and idempotent (missing
 * grants are added, nothing is taken away). Admins hold every permission through the
 * administrator group. Reviewers and committee members see tasks only through the
 * engine's own task grants: reviewers the reviews assigned to them, the committee the
 * decisions offered to its group. Nominees get nothing: they use the product's API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class CamundaAuthorizations implements ApplicationRunner {

	static final String COORDINATORS = "coordinators";

	static final String REVIEWERS = "reviewers";

	static final String COMMITTEE = "committee";

	static final String CHAIRS = CommitteeProcess.CHAIRS;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	CamundaAuthorizations(AuthorizationService authorizationService, FilterService filterService) {
		this.authorizationService = authorizationService;
		this.filterService = filterService;
	}

	@Override
	public void run(ApplicationArguments args) {
		grant(COORDINATORS, Resources.APPLICATION, "tasklist", ACCESS);
		grant(COORDINATORS, Resources.APPLICATION, "cockpit", ACCESS);
		grant(COORDINATORS, Resources.FILTER, ANY, READ);
		// Instances and tasks are granted per edition (EditionScopedTaskAuthorizations),
		// never as a wildcard.
		grant(COORDINATORS, Resources.PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE);
		grant(COORDINATORS, Resources.PROCESS_INSTANCE, ANY, CREATE);
		grant(COORDINATORS, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
		grant(COORDINATORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
		grant(COORDINATORS, Resources.DEPLOYMENT, ANY, READ);
		grant(COORDINATORS, Resources.USER, ANY, READ);
		grant(COORDINATORS, Resources.GROUP, ANY, READ);

		for (String group : new String[] { REVIEWERS, COMMITTEE, CHAIRS }) {
			grant(group, Resources.APPLICATION, "tasklist", ACCESS);
			grant(group, Resources.FILTER, filterId(TasklistFilters.MY_TASKS), READ);
			// Candidate-user task queries need to read groups; names in Tasklist need
			// users.
			grant(group, Resources.GROUP, ANY, READ);
			grant(group, Resources.USER, ANY, READ);
			grant(group, Resources.PROCESS_DEFINITION, ANY, READ);
		}
		grant(REVIEWERS, Resources.FILTER, filterId(TasklistFilters.MY_REVIEWS), READ);
		grant(COMMITTEE, Resources.FILTER, filterId(TasklistFilters.MY_GROUPS_TASKS), READ);
		grant(COMMITTEE, Resources.FILTER, filterId(TasklistFilters.COMMITTEE_VOTES), READ);
		grant(CHAIRS, Resources.FILTER, filterId(TasklistFilters.MY_GROUPS_TASKS), READ);
		grant(CHAIRS, Resources.FILTER, filterId(TasklistFilters.DECISIONS_TO_FINALISE), READ);
	}

	private String filterId(String name) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			throw new IllegalStateException("Tasklist filter '" + name + "' is missing");
		}
		return filter.getId();
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
			return;
		}
		Authorization authorization = (existing != null) ? existing
				: this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		Arrays.stream(permissions).forEach(authorization::addPermission);
		this.authorizationService.saveAuthorization(authorization);
	}

}
