package org.injaz.fullstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.Affiliations;
import org.injaz.review.ConflictOfInterest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Affiliations come from Keycloak's user attributes, and a window close asks Keycloak
 * once per expert, not once per expert and nomination. Keycloak calls are counted as they
 * leave the application's RestClients ({@link KeycloakCalls}).
 */
@FullStackTest
class KeycloakAffiliationsIT {

	private static final String USERS = "/admin/realms/injaz/users";

	private static final String TOKEN = "/realms/injaz/protocol/openid-connect/token";

	@Autowired
	Affiliations affiliations;

	@Autowired
	ConflictOfInterest conflictOfInterest;

	@Autowired
	CacheManager caches;

	@Autowired
	KeycloakCalls keycloakCalls;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	/** A title may be nominated once per branch and edition, also on a rerun. */
	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private int titles;

	@BeforeEach
	void forgetAffiliations() {
		this.caches.getCache("affiliations").clear();
	}

	@Test
	void affiliationsAreTheKeycloakAttribute() {
		assertThat(this.affiliations.entitiesOf("reviewer3")).containsExactly("Ministry of Commerce");
		assertThat(this.affiliations.entitiesOf("committee2")).containsExactly("Ministry of Interior");
		assertThat(this.affiliations.entitiesOf("reviewer2")).isEmpty();
		assertThat(this.affiliations.entitiesOf("nobody-of-that-name")).isEmpty();
		assertThat(this.conflictOfInterest.conflicts("reviewer3", "وزارة التجارة · Ministry of Commerce")).isTrue();
		assertThat(this.conflictOfInterest.conflicts("reviewer2", "وزارة التجارة · Ministry of Commerce")).isFalse();
	}

	@Test
	void repeatedLookupsOfOnePersonAskKeycloakOnce() {
		long users = keycloakCalls(USERS);
		long tokens = keycloakCalls(TOKEN);
		for (int i = 0; i < 50; i++) {
			assertThat(this.affiliations.entitiesOf("reviewer3")).containsExactly("Ministry of Commerce");
		}
		assertThat(keycloakCalls(USERS) - users).isEqualTo(1);
		// The service account's token is kept: at most one new one (if the last was
		// about to expire).
		assertThat(keycloakCalls(TOKEN) - tokens).isLessThanOrEqualTo(1);
	}

	@Test
	void aWindowCloseAsksKeycloakOncePerExpert() {
		List<ProcessInstance> nominations = new ArrayList<>();
		ProcessInstance commerce = submit("G2B", "وزارة التجارة · Ministry of Commerce");
		nominations.add(commerce);
		for (int i = 1; i <= 3; i++) {
			nominations.add(submit("G2B", "الهيئة العامة للزكاة والضريبة · Zakat, Tax and Customs Authority " + i));
		}
		for (int i = 1; i <= 2; i++) {
			nominations.add(submit("G2C", "وزارة الصحة · Ministry of Health " + i));
		}
		Set<String> experts = new TreeSet<>();
		experts.addAll(membersOf(NominationProcess.reviewerGroup("G2B")));
		experts.addAll(membersOf(NominationProcess.reviewerGroup("G2C")));
		this.caches.getCache("affiliations").clear();
		long users = keycloakCalls(USERS);
		long tokens = keycloakCalls(TOKEN);

		nominations.forEach(this::closeWindow);

		for (ProcessInstance nomination : nominations) {
			assertThat(this.taskService.createTaskQuery()
				.processInstanceId(nomination.getId())
				.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
				.count()).isEqualTo(1);
		}
		assertThat(experts).contains("reviewer1", "reviewer2", "reviewer3");
		// Before the cache: two calls (token, user) per expert and nomination, 24 here.
		assertThat(keycloakCalls(USERS) - users).isEqualTo(experts.size());
		assertThat(keycloakCalls(TOKEN) - tokens).isLessThanOrEqualTo(1);

		// The cached affiliations still keep reviewer3 off the Ministry of Commerce's
		// nomination, and only off that one.
		assertThat(options(commerce)).contains("reviewer2").doesNotContain("reviewer3");
		assertThat(options(nominations.get(1))).contains("reviewer2", "reviewer3");
	}

	private long keycloakCalls(String path) {
		return this.keycloakCalls.to(path);
	}

	private List<String> membersOf(String group) {
		return this.identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
	}

	private String options(ProcessInstance nomination) {
		return this.runtimeService.getVariableTyped(nomination.getId(), Var.REVIEWER_OPTIONS).getValue().toString();
	}

	private ProcessInstance submit(String branch, String entity) {
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, "nominee2", Var.BRANCH_CODE, branch, Var.ENTITY_NAME, entity, Var.ENTITY_TYPE,
						"GOVERNMENT", Var.TITLE,
						"استعلام الانتماء · Affiliation lookups " + RUN + "-" + (++this.titles)));
	}

	private void closeWindow(ProcessInstance nomination) {
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(nomination.getBusinessKey())
			.correlate();
	}

}
