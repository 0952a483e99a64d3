package org.injaz.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * decisions offered to its group. Nominees get nothing: they use the product's API. The
 * groups' grants and the filters are read once and the missing grants written in one
 * transaction, not a query and a commit per grant.
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

	private final TransactionTemplate transactions;

	CamundaAuthorizations(AuthorizationService authorizationService, FilterService filterService,
			PlatformTransactionManager transactionManager) {
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> new Grants().ensure());
	}

	/** One run's view of the groups' grants and the filters, read once. */
	private final class Grants {

		private final List<Authorization> existing = new ArrayList<>(
				CamundaAuthorizations.this.authorizationService.createAuthorizationQuery()
					.authorizationType(Authorization.AUTH_TYPE_GRANT)
					.groupIdIn(COORDINATORS, REVIEWERS, COMMITTEE, CHAIRS)
					.list());

		private final Map<String, String> filterIds = CamundaAuthorizations.this.filterService.createFilterQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Filter::getName, Filter::getId, (first, second) -> first));

		void ensure() {
			grant(COORDINATORS, Resources.APPLICATION, "tasklist", ACCESS);
			grant(COORDINATORS, Resources.APPLICATION, "cockpit", ACCESS);
			grant(COORDINATORS, Resources.FILTER, ANY, READ);
			// Instances and tasks are granted per edition
			// (EditionScopedTaskAuthorizations),
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
			String id = this.filterIds.get(name);
			if (id == null) {
				throw new IllegalStateException("Tasklist filter '" + name + "' is missing");
			}
			return id;
		}

		private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
			Authorization existing = this.existing.stream()
				.filter((grant) -> groupId.equals(grant.getGroupId())
						&& grant.getResourceType() == resource.resourceType()
						&& resourceId.equals(grant.getResourceId()))
				.findFirst()
				.orElse(null);
			if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
				return;
			}
			Authorization authorization = existing;
			if (authorization == null) {
				authorization = CamundaAuthorizations.this.authorizationService
					.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				this.existing.add(authorization);
			}
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			Arrays.stream(permissions).forEach(authorization::addPermission);
			CamundaAuthorizations.this.authorizationService.saveAuthorization(authorization);
		}

	}

}
