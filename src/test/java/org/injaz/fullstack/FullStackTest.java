package org.injaz.fullstack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as deployed: PostgreSQL and Keycloak, both started by the build
 * (scripts/stack test-up) before the integration tests. One shared application context on
 * a fixed port that the dev realm allows as redirect; its outgoing HTTP requests are
 * counted ({@link KeycloakCalls}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiredServices.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.port=" + TestServices.APP_PORT, "spring.datasource.url=" + TestServices.DB_URL,
				"spring.datasource.username=" + TestServices.DB_USER,
				"spring.datasource.password=" + TestServices.DB_PASSWORD, "injaz.security.jwt-clock-skew=PT0S",
				"injaz.keycloak.url=${injaz.test.keycloak-url:" + TestServices.KEYCLOAK_DEFAULT_URL + "}",
				"injaz.keycloak.internal-url=${injaz.test.keycloak-url:" + TestServices.KEYCLOAK_DEFAULT_URL + "}" })
@ActiveProfiles({ "postgres", "keycloak" })
@Import(KeycloakCalls.class)
public @interface FullStackTest {

}
