package org.injaz.attachment;

/**
 * Published in the changing transaction whenever an owner's files change (stored,
 * deleted, transferred to it), e.g. for the links shown in task forms.
 */
public record AttachmentsChanged(AttachmentOwner owner) {
}
