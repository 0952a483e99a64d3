/**
 * Glue between the nomination process and the nomination domain: delegates and listeners
 * only.
 */
package org.injaz.nomination.process;
