/**
 * The audit trail: who did what to which nomination and when. Append-only: nothing here
 * updates or deletes.
 */
package org.injaz.audit;
