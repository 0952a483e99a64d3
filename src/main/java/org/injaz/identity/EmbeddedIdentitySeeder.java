package org.injaz.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without Keycloak, gives Camunda's own identity the realm export's groups, users and
 * memberships, so that both modes know the same people. Idempotent: only what is missing
 * is created. What exists is read with one query per kind (and one per user for the
 * memberships), and everything is written in one transaction: start-up pays a few round
 * trips and one commit instead of a query and a commit per group, user and membership.
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

	private final TransactionTemplate transactions;

	EmbeddedIdentitySeeder(IdentityService identityService, @Value("${injaz.realm-export}") Resource realmExport,
			PlatformTransactionManager transactionManager) {
		this.identityService = identityService;
		this.realmExport = realmExport;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		RealmExport realm;
		try (InputStream json = this.realmExport.getInputStream()) {
			realm = RealmExport.read(json);
		}
		this.transactions.executeWithoutResult((status) -> seed(realm));
		log.info("Camunda identity holds the {} groups and {} users of {}", realm.groups().size(), realm.users().size(),
				this.realmExport.getDescription());
	}

	private void seed(RealmExport realm) {
		Set<String> groups = this.identityService.createGroupQuery()
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toCollection(HashSet::new));
		Map<String, Set<String>> memberships = new HashMap<>();
		for (User user : this.identityService.createUserQuery().list()) {
			memberships.put(user.getId(),
					this.identityService.createGroupQuery()
						.groupMember(user.getId())
						.list()
						.stream()
						.map(Group::getId)
						.collect(Collectors.toCollection(HashSet::new)));
		}
		realm.groups().forEach((group) -> ensureGroup(group.id(), groups));
		for (RealmExport.RealmUser realmUser : realm.users()) {
			Set<String> memberOf = memberships.get(realmUser.username());
			if (memberOf == null) {
				createUser(realmUser);
				memberOf = new HashSet<>();
				memberships.put(realmUser.username(), memberOf);
			}
			for (String groupId : realmUser.groupIds()) {
				ensureMembership(realmUser.username(), groupId, memberOf);
			}
		}
		ensureWebappAdministrators(realm, groups, memberships);
	}

	/**
	 * The webapps send everyone to their "create an initial user" page while no user is
	 * in the group {@code camunda-admin}; the realm's administrators ({@code admins}, who
	 * hold every permission through the administrator plugin) are made members of it, so
	 * that page never shows.
	 */
	private void ensureWebappAdministrators(RealmExport realm, Set<String> groups,
			Map<String, Set<String>> memberships) {
		ensureGroup(Groups.CAMUNDA_ADMIN, groups);
		realm.users()
			.stream()
			.filter((user) -> user.groupIds().contains(ADMINISTRATORS))
			.forEach((user) -> ensureMembership(user.username(), Groups.CAMUNDA_ADMIN,
					memberships.get(user.username())));
	}

	private void ensureGroup(String groupId, Set<String> existing) {
		if (existing.add(groupId)) {
			Group group = this.identityService.newGroup(groupId);
			group.setName(groupId);
			group.setType("WORKFLOW");
			this.identityService.saveGroup(group);
		}
	}

	private void createUser(RealmExport.RealmUser realmUser) {
		User user = this.identityService.newUser(realmUser.username());
		user.setFirstName(realmUser.firstName());
		user.setLastName(realmUser.lastName());
		user.setEmail(realmUser.email());
		user.setPassword(realmUser.password());
		this.identityService.saveUser(user);
	}

	private void ensureMembership(String userId, String groupId, Set<String> memberOf) {
		if (memberOf.add(groupId)) {
			this.identityService.createMembership(userId, groupId);
		}
	}

}
