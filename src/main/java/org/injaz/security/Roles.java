package org.injaz.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.injaz.edition.EditionCoordinators;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The product's roles and the Keycloak groups that confer them. A group path such as
 * {@code reviewers/g2c} confers the role of its top-level group.
 */
public final class Roles {

	public static final String NOMINEE = "NOMINEE";

	public static final String COORDINATOR = "COORDINATOR";

	public static final String REVIEWER = "REVIEWER";

	public static final String COMMITTEE = "COMMITTEE";

	public static final String ADMIN = "ADMIN";

	/** Everyone who works in the webapps and the engine's REST API; nominees never do. */
	static final String[] STAFF = { COORDINATOR, REVIEWER, COMMITTEE, ADMIN };

	static final Map<String, String> BY_GROUP = Map.of("nominees", NOMINEE, "coordinators", COORDINATOR, "reviewers",
			REVIEWER, "committee", COMMITTEE, "admins", ADMIN);

	private Roles() {
	}

	/**
	 * Spring authorities for Camunda group ids or Keycloak group paths (leading slash or
	 * not).
	 */
	public static Set<GrantedAuthority> fromGroups(Collection<String> groups) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (String group : groups) {
			String path = group.startsWith("/") ? group.substring(1) : group;
			String topLevel = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
			String role = BY_GROUP.get(topLevel);
			if (role != null) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
			}
			if (path.startsWith(EditionCoordinators.PARENT_GROUP + "/")) {
				authorities.add(new SimpleGrantedAuthority(
						EditionCoordinators.authority(path.substring(path.indexOf('/') + 1))));
			}
		}
		return authorities;
	}

}
