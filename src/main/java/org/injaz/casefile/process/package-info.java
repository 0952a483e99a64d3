/**
 * Process glue of case files: keeps the nomination process's file links current.
 */
package org.injaz.casefile.process;
