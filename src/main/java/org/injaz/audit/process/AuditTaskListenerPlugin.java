package org.injaz.audit.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.injaz.audit.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds an audit listener to every user task of every model, so that no model can forget
 * it: assignments and completions are recorded with the signed-in user, against the
 * nomination (the business key).
 */
@Component
class AuditTaskListenerPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<AuditTrail> audit;

	AuditTaskListenerPlugin(ObjectProvider<AuditTrail> audit) {
		this.audit = audit;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		TaskListener listener = this::record;
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
				task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
			}
		});
	}

	private void record(DelegateTask task) {
		String actor = Context.getCommandContext().getAuthenticatedUserId();
		String reference = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		String detail = task.getTaskDefinitionKey() + " \"" + task.getName() + "\"";
		if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			this.audit.getObject().record(actor, "TASK_ASSIGNED", reference, detail + " to " + task.getAssignee());
		}
		else {
			String who = (task instanceof TaskEntity entity && entity.getAssignee() != null) ? entity.getAssignee()
					: actor;
			this.audit.getObject().record((actor != null) ? actor : who, "TASK_COMPLETED", reference, detail);
		}
	}

}
