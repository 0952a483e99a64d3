package org.injaz.edition;

/**
 * Who may nominate to a branch.
 */
public enum NominatorKind {

	/** Government and semi-government entities. */
	ENTITY,

	/** Owners of distinguished ideas and contributions. */
	INDIVIDUAL

}
