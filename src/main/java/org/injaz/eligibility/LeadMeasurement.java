package org.injaz.eligibility;

/**
 * How the nominating entity stands in the transformation measurement, for the
 * e-Leadership rules.
 */
public enum LeadMeasurement {

	/** Latest Excellence &amp; Improvement at or above the threshold. */
	MET,

	/** Latest Excellence &amp; Improvement below the threshold. */
	BELOW,

	/** The entity has no measurement (or is not a known entity). */
	MISSING

}
