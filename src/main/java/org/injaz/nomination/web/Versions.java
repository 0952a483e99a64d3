package org.injaz.nomination.web;

import org.injaz.problem.ApiRefusal;

import org.springframework.http.HttpStatus;

/**
 * Entity tags of versioned resources: the version number as a strong tag ({@code "3"}).
 */
final class Versions {

	private Versions() {
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an If-Match header names; {@code *} means whatever is current. A
	 * missing header is refused (428) so that no client overwrites a change it has not
	 * seen.
	 */
	static long expected(String ifMatch, long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ApiRefusal(HttpStatus.PRECONDITION_REQUIRED, "ifMatchRequired");
		}
		String tag = ifMatch.trim();
		if (tag.equals("*")) {
			return current;
		}
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			try {
				return Long.parseLong(tag.substring(1, tag.length() - 1));
			}
			catch (NumberFormatException ex) {
				// falls through: an unknown tag never matches
			}
		}
		return -1;
	}

}
