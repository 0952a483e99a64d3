package org.injaz.review;

import java.util.Set;

/**
 * The entities a person works for, as the identity provider records them (user attribute
 * {@code affiliation}).
 */
public interface Affiliations {

	Set<String> entitiesOf(String username);

}
