package org.injaz.process;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/** Camunda's permission checks, as its authorization manager makes them, for tests. */
public final class PermissionChecks {

	private PermissionChecks() {
	}

	public static PermissionCheck of(Permission permission, Resource resource, String resourceId) {
		PermissionCheck check = new PermissionCheck();
		check.setPermission(permission);
		check.setResource(resource);
		check.setResourceId(resourceId);
		return check;
	}

}
