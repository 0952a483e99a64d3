package org.injaz.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Grants only: a revoking authorization is refused, through the engine's API and its REST
 * API (as Admin sends it), and the engine does not look for revoking grants in its
 * checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:grant-only;DB_CLOSE_DELAY=-1")
class GrantOnlyAuthorizationsTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	GrantOnlyAuthorizations plugin;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theEngineDoesNotLookForRevokingGrants() {
		assertThat(((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
	}

	@Test
	void aRevokingAuthorizationIsRefusedByTheEngine() {
		AuthorizationService authorizations = this.engine.getAuthorizationService();

		assertThatExceptionOfType(BadUserRequestException.class)
			.isThrownBy(() -> authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE))
			.withMessage(GrantOnlyAuthorizations.REFUSED);
		assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
			.isZero();
	}

	@Test
	void adminsRevokingAuthorizationIsABadRequestAndAGrantIsStillMade() throws Exception {
		ResponseEntity<String> revoke = create(Authorization.AUTH_TYPE_REVOKE, "reviewers-g2c");

		assertThat(revoke.getStatusCode().value()).as(revoke.getBody()).isEqualTo(400);
		assertThat(this.json.readTree(revoke.getBody()).path("message").asText())
			.isEqualTo(GrantOnlyAuthorizations.REFUSED);
		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn("reviewers-g2c")
			.resourceType(Resources.FILTER)
			.resourceId("grant-only-test")
			.count()).isZero();

		ResponseEntity<String> grant = create(Authorization.AUTH_TYPE_GRANT, "reviewers-g2c");

		assertThat(grant.getStatusCode().value()).as(grant.getBody()).isEqualTo(200);
		JsonNode made = this.json.readTree(grant.getBody());
		assertThat(made.path("type").asInt()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
		this.engine.getAuthorizationService().deleteAuthorization(made.path("id").asText());
	}

	@Test
	void theEngineDoesNotStartOverARevokingAuthorizationStoredEarlier() {
		this.jdbc.update(
				"insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, "
						+ "PERMS_) values ('stored-revoke', 1, ?, 'reviewers-g2c', ?, '*', 2)",
				Authorization.AUTH_TYPE_REVOKE, Resources.FILTER.resourceType());
		try {
			assertThatIllegalStateException().isThrownBy(() -> this.plugin.postProcessEngineBuild(this.engine))
				.withMessageStartingWith("1 revoking authorizations are stored");
		}
		finally {
			this.jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = 'stored-revoke'");
		}
		this.plugin.postProcessEngineBuild(this.engine);
	}

	private ResponseEntity<String> create(int type, String group) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = "{\"type\":" + type + ",\"permissions\":[\"READ\"],\"groupId\":\"" + group
				+ "\",\"resourceType\":" + Resources.FILTER.resourceType() + ",\"resourceId\":\"grant-only-test\"}";
		return this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/engine-rest/authorization/create", new HttpEntity<>(body, headers), String.class);
	}

}
