package org.injaz.process;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine with the plugin: its authorization manager is the unfiltered one, and group
 * grants still decide what a user sees.
 */
class AuthorizedGroupsUnfilteredTest {

	private static ProcessEngine engine;

	@BeforeAll
	static void buildEngine() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:authorized-groups;DB_CLOSE_DELAY=-1");
		configuration.setAuthorizationEnabled(true);
		configuration.setJobExecutorActivate(false);
		configuration.setProcessEnginePlugins(List.of(new AuthorizedGroupsUnfiltered()));
		engine = configuration.buildProcessEngine();
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@Test
	void theEngineOpensTheUnfilteredManager() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();

		assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
			.isInstanceOf(AuthorizedGroupsUnfiltered.UnfilteredAuthorizationManager.class);
	}

	@Test
	void aGrantToOneOfTheUsersGroupsShowsTheTaskAndOtherGroupsDoNot() {
		TaskService tasks = engine.getTaskService();
		AuthorizationService authorizations = engine.getAuthorizationService();
		Task task = tasks.newTask("screen-1");
		tasks.saveTask(task);
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId("coordinators/ach-4");
		grant.setResource(Resources.TASK);
		grant.setResourceId(task.getId());
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);

		try {
			// Groups without any grant (reviewers/g2c) are checked too, and match
			// nothing.
			engine.getIdentityService()
				.setAuthentication("coordinator", List.of("reviewers/g2c", "coordinators/ach-4"));
			assertThat(tasks.createTaskQuery().list()).extracting(Task::getId).containsExactly(task.getId());

			engine.getIdentityService().setAuthentication("expert", List.of("reviewers/g2c", "coordinators/ach-3"));
			assertThat(tasks.createTaskQuery().list()).isEmpty();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
