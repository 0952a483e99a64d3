/**
 * Results of the national transformation measurement per entity and round: four stages,
 * overall percentage and rank.
 */
package org.injaz.measurement;
