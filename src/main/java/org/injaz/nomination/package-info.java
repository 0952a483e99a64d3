/**
 * Nominations: the cases that the nomination process drives, their references and
 * statuses.
 */
package org.injaz.nomination;
