/**
 * Process glue for eligibility: hands the facts to the decision as process variables.
 */
package org.injaz.eligibility.process;
