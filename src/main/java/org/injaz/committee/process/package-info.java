/**
 * Glue between the committee process and the committee domain: delegates and listeners
 * only.
 */
package org.injaz.committee.process;
