/**
 * Demo data for a first look: the Achievement Award, an open edition and nominations at
 * several stages.
 */
package org.injaz.demo;
