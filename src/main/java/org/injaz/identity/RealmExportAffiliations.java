package org.injaz.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.injaz.review.Affiliations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Embedded default: affiliations as the realm export records them.
 */
@Component
@Profile("!keycloak")
class RealmExportAffiliations implements Affiliations {

	private final Map<String, Set<String>> byUser;

	RealmExportAffiliations(@Value("${injaz.realm-export}") Resource realmExport) {
		try (InputStream json = realmExport.getInputStream()) {
			this.byUser = RealmExport.read(json)
				.users()
				.stream()
				.collect(Collectors.toUnmodifiableMap(RealmExport.RealmUser::username,
						(user) -> Set.copyOf(new HashSet<>(user.affiliations()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read realm export " + realmExport, ex);
		}
	}

	@Override
	public Set<String> entitiesOf(String username) {
		return this.byUser.getOrDefault(username, Set.of());
	}

}
