package org.injaz.security;

import java.util.List;

/**
 * The engine's groups of a user signed in against the engine's identity, read once per
 * request by the sign-in and handed on to the engine's authorization checks.
 *
 * @param ids the group ids
 */
record EngineGroups(List<String> ids) {

	EngineGroups {
		ids = List.copyOf(ids);
	}

}
