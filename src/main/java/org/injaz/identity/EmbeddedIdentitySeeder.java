package org.injaz.identity;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Without Keycloak, gives Camunda's own identity the realm export's groups, users and
 * memberships, so that both modes know the same people. Idempotent: only what is missing
 * is created.
 */
@Component
@Profile("!keycloak")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmbeddedIdentitySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedIdentitySeeder.class);

	/**
	 * The realm's administrator group, as in the Keycloak identity plugin's
	 * configuration.
	 */
	static final String ADMINISTRATORS = "admins";

	private final IdentityService identityService;

	private final Resource realmExport;

	EmbeddedIdentitySeeder(IdentityService identityService, @Value("${injaz.realm-export}") Resource realmExport) {
		this.identityService = identityService;
		this.realmExport = realmExport;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		RealmExport realm;
		try (InputStream json = this.realmExport.getInputStream()) {
			realm = RealmExport.read(json);
		}
		realm.groups().forEach(this::ensureGroup);
		realm.users().forEach(this::ensureUser);
		ensureWebappAdministrators(realm);
		log.info("Camunda identity holds the {} groups and {} users of {}", realm.groups().size(), realm.users().size(),
				this.realmExport.getDescription());
	}

	/**
	 * The webapps send everyone to their "create an initial user" page while no user is
	 * in the group {@code camunda-admin}; the realm's administrators ({@code admins}, who
	 * hold every permission through the administrator plugin) are made members of it, so
	 * that page never shows.
	 */
	private void ensureWebappAdministrators(RealmExport realm) {
		ensureGroup(new RealmExport.RealmGroup(Groups.CAMUNDA_ADMIN, Groups.CAMUNDA_ADMIN));
		realm.users()
			.stream()
			.filter((user) -> user.groupIds().contains(ADMINISTRATORS))
			.filter((user) -> this.identityService.createUserQuery()
				.userId(user.username())
				.memberOfGroup(Groups.CAMUNDA_ADMIN)
				.count() == 0)
			.forEach((user) -> this.identityService.createMembership(user.username(), Groups.CAMUNDA_ADMIN));
	}

	private void ensureGroup(RealmExport.RealmGroup realmGroup) {
		if (this.identityService.createGroupQuery().groupId(realmGroup.id()).count() == 0) {
			Group group = this.identityService.newGroup(realmGroup.id());
			group.setName(realmGroup.id());
			group.setType("WORKFLOW");
			this.identityService.saveGroup(group);
		}
	}

	private void ensureUser(RealmExport.RealmUser realmUser) {
		if (this.identityService.createUserQuery().userId(realmUser.username()).count() == 0) {
			User user = this.identityService.newUser(realmUser.username());
			user.setFirstName(realmUser.firstName());
			user.setLastName(realmUser.lastName());
			user.setEmail(realmUser.email());
			user.setPassword(realmUser.password());
			this.identityService.saveUser(user);
		}
		for (String groupId : realmUser.groupIds()) {
			if (this.identityService.createUserQuery()
				.userId(realmUser.username())
				.memberOfGroup(groupId)
				.count() == 0) {
				this.identityService.createMembership(realmUser.username(), groupId);
			}
		}
	}

}
