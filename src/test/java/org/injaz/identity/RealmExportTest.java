package org.injaz.identity;

import java.io.IOException;
import java.io.InputStream;

import org.injaz.identity.RealmExport.RealmGroup;
import org.injaz.identity.RealmExport.RealmUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the real realm export, the one Keycloak imports and the embedded mode seeds
 * Camunda's identity from.
 */
class RealmExportTest {

	private static final String REALM_EXPORT = "keycloak/injaz-realm.json";

	private static RealmExport realm;

	@BeforeAll
	static void readRealmExport() throws IOException {
		try (InputStream json = RealmExportTest.class.getClassLoader().getResourceAsStream(REALM_EXPORT)) {
			assertThat(json).as(REALM_EXPORT + " on the classpath").isNotNull();
			realm = RealmExport.read(json);
		}
	}

	@Test
	void groupIdsAreGroupPathsWithoutTheLeadingSlash() {
		assertThat(realm.groups()).extracting(RealmGroup::id)
			.containsExactlyInAnyOrder("coordinators", "coordinators/ach-4", "coordinators/shield-1", "reviewers",
					"reviewers/g2c", "reviewers/g2b", "reviewers/g2g", "reviewers/epart", "reviewers/mobile",
					"reviewers/indiv", "reviewers/lead", "committee", "committee/g2c", "committee/g2b", "committee/g2g",
					"committee/epart", "committee/mobile", "committee/indiv", "committee/lead", "committee/chairs",
					"admins", "nominees");
	}

	@Test
	void subGroupsKeepTheirOwnName() {
		assertThat(realm.groups()).contains(new RealmGroup("reviewers/g2c", "g2c"),
				new RealmGroup("reviewers", "reviewers"));
	}

	@Test
	void serviceAccountIsNotADemoUser() {
		assertThat(realm.users()).extracting(RealmUser::username)
			.isNotEmpty()
			.noneMatch((username) -> username.startsWith("service-account-"))
			.contains("admin", "coordinator", "reviewer1", "reviewer2", "reviewer3", "committee1", "committee2",
					"nominee1", "nominee2");
	}

	@Test
	void everyDemoUserCanSignIn() {
		assertThat(realm.users()).allSatisfy((user) -> {
			assertThat(user.password()).as("password of %s", user.username()).isNotBlank();
			assertThat(user.email()).as("email of %s", user.username()).contains("@");
			assertThat(user.firstName()).as("first name of %s", user.username()).isNotBlank();
			assertThat(user.lastName()).as("last name of %s", user.username()).isNotBlank();
			assertThat(user.groupIds()).as("groups of %s", user.username()).isNotEmpty();
		});
	}

	@Test
	void membershipsUseTheSameGroupIds() {
		RealmUser reviewer1 = user("reviewer1");
		assertThat(reviewer1.groupIds()).contains("reviewers", "reviewers/g2c").allSatisfy((groupId) -> {
			assertThat(groupId).doesNotStartWith("/");
		});
		assertThat(realm.users()).flatExtracting(RealmUser::groupIds)
			.isSubsetOf(realm.groups().stream().map(RealmGroup::id).toList());
		assertThat(user("coordinator").groupIds()).containsExactly("coordinators", "coordinators/ach-4",
				"coordinators/shield-1");
		assertThat(user("admin").groupIds()).containsExactly("admins");
	}

	private static RealmUser user(String username) {
		return realm.users()
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No user " + username));
	}

}
