/**
 * Demo data for a first look: two award programmes with open editions and weighted
 * criteria, nominating entities with measurement results, and nominations at several
 * stages.
 */
package org.injaz.demo;
