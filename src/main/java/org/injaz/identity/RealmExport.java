package org.injaz.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The users and groups of a Keycloak realm export, with group paths as group ids
 * ({@code reviewers/g2c}), as the Keycloak identity plugin presents them to the engine.
 */
public record RealmExport(List<RealmGroup> groups, List<RealmUser> users) {

	public record RealmGroup(String id, String name) {
	}

	public record RealmUser(String username, String firstName, String lastName, String email, String password,
			List<String> groupIds, List<String> affiliations) {
	}

	/** The user attribute naming the entities a person works for. */
	public static final String AFFILIATION = "affiliation";

	public static RealmExport read(InputStream json) throws IOException {
		JsonNode realm = new ObjectMapper().readTree(json);
		List<RealmGroup> groups = new ArrayList<>();
		collectGroups(realm.path("groups"), "", groups);
		List<RealmUser> users = new ArrayList<>();
		for (JsonNode user : realm.path("users")) {
			if (user.hasNonNull("serviceAccountClientId")) {
				continue;
			}
			List<String> groupIds = new ArrayList<>();
			user.path("groups").forEach((path) -> groupIds.add(groupId(path.asText())));
			List<String> affiliations = new ArrayList<>();
			user.path("attributes").path(AFFILIATION).forEach((entity) -> affiliations.add(entity.asText()));
			users.add(new RealmUser(user.path("username").asText(), user.path("firstName").asText(),
					user.path("lastName").asText(), user.path("email").asText(), password(user), groupIds,
					List.copyOf(affiliations)));
		}
		return new RealmExport(List.copyOf(groups), List.copyOf(users));
	}

	private static void collectGroups(JsonNode nodes, String parentPath, List<RealmGroup> groups) {
		for (JsonNode group : nodes) {
			String path = parentPath + "/" + group.path("name").asText();
			groups.add(new RealmGroup(groupId(path), group.path("name").asText()));
			collectGroups(group.path("subGroups"), path, groups);
		}
	}

	private static String groupId(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

	private static String password(JsonNode user) {
		for (JsonNode credential : user.path("credentials")) {
			if ("password".equals(credential.path("type").asText())) {
				return credential.path("value").asText();
			}
		}
		return null;
	}

}
