package org.injaz.casefile.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.AttachmentsChanged;
import org.injaz.casefile.CaseFileLinks;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whenever a nomination's files change, rewrites the links its process's task forms show
 * (reviews, moderation, screening), in the same transaction as the change.
 */
@Component
class AttachmentLinksListener {

	private final RuntimeService runtimeService;

	private final Attachments attachments;

	AttachmentLinksListener(RuntimeService runtimeService, Attachments attachments) {
		this.runtimeService = runtimeService;
		this.attachments = attachments;
	}

	@EventListener
	void onChange(AttachmentsChanged event) {
		AttachmentOwner owner = event.owner();
		if (owner.kind() != AttachmentOwner.Kind.NOMINATION) {
			return;
		}
		String links = CaseFileLinks.markdown(owner.id(), this.attachments.of(owner));
		for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(owner.id())
			.list()) {
			if (links != null) {
				this.runtimeService.setVariable(instance.getId(), Var.ATTACHMENT_LINKS, links);
			}
			else {
				this.runtimeService.removeVariable(instance.getId(), Var.ATTACHMENT_LINKS);
			}
		}
	}

}
