/**
 * Glue between the edition process and the editions: starting it, the branch collection,
 * the messages to the edition's nominations.
 */
package org.injaz.edition.process;
