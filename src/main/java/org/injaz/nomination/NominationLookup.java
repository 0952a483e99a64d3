package org.injaz.nomination;

import java.util.Optional;

/**
 * Finds a nomination by its reference, its natural id: from the persistence context when
 * the transaction already loaded it, else by one query with its partners. Process
 * listeners and delegates look the same nomination up many times in one transaction; a
 * derived query would run (with an auto-flush) each time.
 */
public interface NominationLookup {

	Optional<Nomination> findByReference(String reference);

}
