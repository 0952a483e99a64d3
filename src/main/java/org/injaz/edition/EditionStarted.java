package org.injaz.edition;

/**
 * An edition's process has started: the edition takes nominations from its window's
 * opening. Published in the transaction that started it.
 *
 * @param edition the edition as its starter holds it, possibly detached
 */
public record EditionStarted(Edition edition) {

}
