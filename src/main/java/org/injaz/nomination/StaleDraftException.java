package org.injaz.nomination;

import java.util.UUID;

/** The caller changed a version of the draft that is no longer the current one. */
public class StaleDraftException extends RuntimeException {

	private final long currentVersion;

	public StaleDraftException(UUID id, long currentVersion) {
		super("Draft " + id + " has changed since it was read; its current version is " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
