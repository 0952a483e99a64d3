package org.injaz.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Under single sign-on the webapps' logout button must end the Keycloak session as well,
 * which an XHR cannot do. Each webapp's config.js is served with one custom script that
 * turns that logout into a navigation to {@code /sign-out} (Spring Security's
 * RP-initiated logout).
 */
@RestController
@Profile("keycloak")
class WebappSingleSignOut {

	private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("application/javascript;charset=UTF-8");

	@GetMapping("/camunda/app/{app}/scripts/config.js")
	ResponseEntity<String> config(@PathVariable String app) throws IOException {
		if (!APPS.contains(app)) {
			return ResponseEntity.notFound().build();
		}
		String original = read("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
		String config = original.replaceFirst("export default \\{",
				"export default {\n  customScripts: ['injaz/sso-sign-out'],");
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(config);
	}

	@GetMapping("/camunda/app/{app}/injaz/sso-sign-out.js")
	ResponseEntity<String> signOutScript(@PathVariable String app) throws IOException {
		if (!APPS.contains(app)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noCache())
			.body(read("webapp/sso-sign-out.js"));
	}

	private static String read(String classpathLocation) throws IOException {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
