package org.injaz.nomination;

/**
 * The kind of nominating party; eligibility rules depend on it.
 */
public enum EntityType {

	GOVERNMENT, SEMI_GOVERNMENT, PRIVATE, INDIVIDUAL

}
