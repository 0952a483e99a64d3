/**
 * Process glue shared by all processes: Tasklist filters and engine set-up.
 */
package org.injaz.process;
