package org.injaz.edition;

import java.util.Collection;
import java.util.Locale;

/**
 * Who coordinates an edition: the members of the group
 * {@code coordinators/<programme>-<edition>} (e.g. {@code coordinators/ach-4}), created
 * with the edition in Keycloak. Coordinators see and work only on the nominations and
 * tasks of the editions they coordinate.
 */
public final class EditionCoordinators {

	public static final String PARENT_GROUP = "coordinators";

	private EditionCoordinators() {
	}

	public static String group(String programmeCode, int editionNumber) {
		return PARENT_GROUP + "/" + editionKey(programmeCode, editionNumber);
	}

	/** The authority a coordinator of an edition holds, e.g. {@code EDITION_ach-4}. */
	public static String authority(String editionKey) {
		return "EDITION_" + editionKey;
	}

	/**
	 * Whether a caller with these authorities may see an edition's cases: admins
	 * ({@code ROLE_ADMIN}) all, coordinators the editions they coordinate.
	 */
	public static boolean sees(Collection<String> authorities, String programmeCode, int editionNumber) {
		return authorities.contains("ROLE_ADMIN")
				|| authorities.contains(authority(editionKey(programmeCode, editionNumber)));
	}

	/** {@code ach-4}: how an edition is named in group paths. */
	public static String editionKey(String programmeCode, int editionNumber) {
		return programmeCode.toLowerCase(Locale.ROOT) + "-" + editionNumber;
	}

}
