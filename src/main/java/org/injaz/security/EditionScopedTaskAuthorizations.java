package org.injaz.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.injaz.edition.EditionCoordinators;

import org.springframework.stereotype.Component;

/**
 * Coordinators see and work on the cases of the editions they coordinate, and no others:
 * every user task of every model, when created, is granted to its edition's coordinator
 * group (with its process instance and the instance's history), in place of any wildcard
 * grant. The edition comes from the process variables {@code programmeCode} and
 * {@code editionNumber}, which the nomination, edition and committee processes all carry.
 * <p>
 * No grant per historic task: Camunda's history queries (tasks, variables, details,
 * identity links, operation log) accept READ on the historic process instance in its
 * place, so the instance's one grant covers all of its tasks' history.
 */
@Component
class EditionScopedTaskAuthorizations extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		TaskListener listener = EditionScopedTaskAuthorizations::grantToEditionCoordinators;
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
			}
		});
	}

	private static void grantToEditionCoordinators(DelegateTask task) {
		Object programme = task.getVariable("programmeCode");
		Object edition = task.getVariable("editionNumber");
		if (programme == null || edition == null) {
			return;
		}
		String group = EditionCoordinators.group(programme.toString(), Integer.parseInt(edition.toString()));
		AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
		// The engine grants on its own behalf: the user whose action created the task
		// need not administer grants.
		// A candidate group already holds the engine's own grant on the task.
		boolean candidate = task.getCandidates().stream().anyMatch((link) -> group.equals(link.getGroupId()));
		Context.getCommandContext().runWithoutAuthorization(() -> {
			// The task is new: nothing can grant it yet.
			if (!candidate) {
				grant(authorizations, group, Resources.TASK, task.getId(), Permissions.READ, Permissions.UPDATE,
						Permissions.TASK_ASSIGN, Permissions.TASK_WORK);
			}
			// The instance's two grants are made together, by its first task: one look
			// for both.
			String instance = task.getProcessInstanceId();
			if (!instanceGranted(authorizations, group, instance)) {
				grant(authorizations, group, Resources.PROCESS_INSTANCE, instance, Permissions.READ,
						Permissions.UPDATE);
				// History per instance too (historic instance permissions are on): no
				// wildcard READ_HISTORY.
				grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instance,
						HistoricProcessInstancePermissions.READ);
			}
			return null;
		});
	}

	/**
	 * Stored, or created earlier in this same command (e.g. by the other tasks of a
	 * multi-instance) and not flushed.
	 */
	private static boolean instanceGranted(AuthorizationService authorizations, String group, String instance) {
		int resourceType = Resources.PROCESS_INSTANCE.resourceType();
		boolean pending = Context.getCommandContext()
			.getDbEntityManager()
			.getCachedEntitiesByType(AuthorizationEntity.class)
			.stream()
			.anyMatch((cached) -> group.equals(cached.getGroupId()) && cached.getResourceType() == resourceType
					&& instance.equals(cached.getResourceId()));
		return pending || authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.PROCESS_INSTANCE)
			.resourceId(instance)
			.count() > 0;
	}

	private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission... permissions) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

}
