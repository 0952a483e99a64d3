package org.injaz.fullstack;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A cookie jar for a test that talks only to localhost, and that, like browsers, treats
 * http://localhost as a secure origin. java.net's CookieManager files localhost cookies
 * under "localhost.local" and never sends Secure ones over http, so Keycloak's
 * login-session cookies would never come back.
 */
class LocalhostCookies extends CookieHandler {

	private final Map<String, HttpCookie> jar = new ConcurrentHashMap<>();

	@Override
	public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
		String path = (uri.getPath() == null || uri.getPath().isEmpty()) ? "/" : uri.getPath();
		String cookies = this.jar.values()
			.stream()
			.filter((cookie) -> path.startsWith(cookie.getPath()))
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies));
	}

	@Override
	public void put(URI uri, Map<String, List<String>> responseHeaders) {
		responseHeaders.forEach((name, values) -> {
			if ("set-cookie".equalsIgnoreCase(name)) {
				values.forEach((header) -> HttpCookie.parse(header).forEach(this::keep));
			}
		});
	}

	private void keep(HttpCookie cookie) {
		if (cookie.getPath() == null) {
			cookie.setPath("/");
		}
		String key = cookie.getName() + "|" + cookie.getPath();
		if (cookie.getMaxAge() == 0) {
			this.jar.remove(key);
		}
		else {
			this.jar.put(key, cookie);
		}
	}

}
