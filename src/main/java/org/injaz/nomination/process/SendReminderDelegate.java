package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reminds whoever has the open task (nominee or reviewer). Until a notification channel
 * exists the reminder is logged; the timer that triggers it is what the model fixes.
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(SendReminderDelegate.class);

	@Override
	public void execute(DelegateExecution execution) {
		Object reviewer = execution.getVariable(NominationProcess.Var.REVIEWER);
		Object recipient = (reviewer != null && execution.getCurrentActivityId().contains("Reviewer")) ? reviewer
				: execution.getVariable(NominationProcess.Var.NOMINEE);
		log.info("Reminder to {}: nomination {} has a task due ({})", recipient, execution.getProcessBusinessKey(),
				execution.getCurrentActivityId());
	}

}
