package org.injaz.attachment;

/**
 * Why a file was attached: evidence for the nomination, or part of the answer to a
 * coordinator's clarification question.
 */
public enum AttachmentPurpose {

	EVIDENCE, CLARIFICATION

}
