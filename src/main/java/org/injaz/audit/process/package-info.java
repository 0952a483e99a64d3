/**
 * Process glue of the audit trail: every user task's assignment and completion is
 * recorded.
 */
package org.injaz.audit.process;
