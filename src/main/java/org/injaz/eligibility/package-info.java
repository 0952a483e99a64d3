/**
 * Eligibility: the facts about a nomination that the eligibility decision (DMN) reads.
 */
package org.injaz.eligibility;
