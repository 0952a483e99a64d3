package org.injaz.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.property.PropertyTokenizer;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The SQL of Camunda's authorization check ({@code isUserAuthorizedForResource}), built
 * by MyBatis once per shape of check and reused with each check's values.
 * <p>
 * MyBatis builds a dynamic statement anew for every execution: for this one it evaluates
 * some hundred OGNL conditions and parses the result, with a parameter per group of the
 * user for each permission. That was most of the time the product spent in authorization
 * (docs/performance.md). The statement's text depends only on the check's shape: whether
 * revokes are checked, how many groups, the tree of permission checks and, for each,
 * which of its resource fields are set (and the two that MyBatis pastes into the text).
 * Its parameters are the user, the groups and the permission checks, which MyBatis binds
 * by position in those lists. So the first check of a shape is built by MyBatis as
 * always, and the template remembers for each bound parameter where in the check it came
 * from; a later check of the same shape gets the same text with its own values in those
 * places. A shape whose parameters cannot be placed (the same object twice in a list) is
 * always built by MyBatis.
 */
final class AuthorizationCheckTemplates {

	/** The shapes of a deployment are few (a check per resource and number of groups). */
	static final int MAX_SHAPES = 2_000;

	private final ConcurrentMap<List<Object>, Optional<Template>> byShape = new ConcurrentHashMap<>();

	/**
	 * The check's statement, from its shape's template when there is one. Templates are
	 * the statement's own: another configuration's statement of the same id (a test's, a
	 * reloaded mapping) gets its own.
	 */
	BoundSql boundSql(MappedStatement statement, AuthorizationCheck check) {
		List<Object> shape = shapeOf(check);
		shape.add(0, statement);
		Optional<Template> template = this.byShape.get(shape);
		if (template == null) {
			BoundSql built = statement.getBoundSql(check);
			if (this.byShape.size() < MAX_SHAPES) {
				this.byShape.putIfAbsent(shape, Template.of(built, check));
			}
			return built;
		}
		return template.map((known) -> known.bind(statement, check)).orElseGet(() -> statement.getBoundSql(check));
	}

	int shapes() {
		return this.byShape.size();
	}

	/**
	 * Everything the statement's conditions and pasted text read: each list's size, the
	 * revoke flag, the composite's kind, and for each permission check whether it names a
	 * resource, all or none, with the query parameter and not-found value it pastes.
	 */
	static List<Object> shapeOf(AuthorizationCheck check) {
		List<Object> shape = new ArrayList<>();
		shape.add(check.isRevokeAuthorizationCheckEnabled());
		shape.add((check.getAuthGroupIds() == null) ? -1 : check.getAuthGroupIds().size());
		addShape(shape, check.getPermissionChecks());
		return shape;
	}

	private static void addShape(List<Object> shape, CompositePermissionCheck composite) {
		if (composite == null) {
			shape.add("no checks");
			return;
		}
		shape.add(composite.isDisjunctive());
		List<PermissionCheck> atomic = composite.getAtomicChecks();
		shape.add((atomic == null) ? -1 : atomic.size());
		if (atomic != null) {
			for (PermissionCheck check : atomic) {
				shape.add((check == null) ? "null check" : check.getResourceIdQueryParam());
				shape.add((check == null || check.getResourceId() == null) ? "no resource"
						: "*".equals(check.getResourceId()) ? "any resource" : "a resource");
				shape.add((check == null) ? null : check.getAuthorizationNotFoundReturnValue());
			}
		}
		List<CompositePermissionCheck> nested = composite.getCompositeChecks();
		shape.add((nested == null) ? -1 : nested.size());
		if (nested != null) {
			for (CompositePermissionCheck inner : nested) {
				addShape(shape, inner);
			}
		}
	}

	/** A statement's text and parameters, and where each bound parameter comes from. */
	record Template(String sql, List<ParameterMapping> parameters, Map<String, Place> bound) {

		/**
		 * The template of a statement MyBatis built, or none if a parameter has no place.
		 */
		static Optional<Template> of(BoundSql built, AuthorizationCheck check) {
			Map<String, Place> bound = new LinkedHashMap<>();
			for (ParameterMapping parameter : built.getParameterMappings()) {
				String name = new PropertyTokenizer(parameter.getProperty()).getName();
				if (built.hasAdditionalParameter(parameter.getProperty()) && !bound.containsKey(name)) {
					Optional<Place> place = Place.of(built.getAdditionalParameter(name), check);
					if (place.isEmpty()) {
						return Optional.empty();
					}
					bound.put(name, place.get());
				}
			}
			return Optional.of(new Template(built.getSql(), List.copyOf(built.getParameterMappings()), bound));
		}

		BoundSql bind(MappedStatement statement, AuthorizationCheck check) {
			BoundSql bound = new BoundSql(statement.getConfiguration(), this.sql, this.parameters, check);
			this.bound.forEach((name, place) -> bound.setAdditionalParameter(name, place.in(check)));
			return bound;
		}

	}

	/**
	 * Where a bound parameter sits in a check: the check itself, the n-th group, or a
	 * permission check by its indices in the composite tree (atomic checks, then nested
	 * composites).
	 */
	record Place(Kind kind, int[] path) {

		enum Kind {

			CHECK, GROUP, PERMISSION

		}

		static Optional<Place> of(Object value, AuthorizationCheck check) {
			if (value == check) {
				return Optional.of(new Place(Kind.CHECK, new int[0]));
			}
			if (value instanceof String) {
				return only(check.getAuthGroupIds(), value).map((index) -> new Place(Kind.GROUP, new int[] { index }));
			}
			if (value instanceof PermissionCheck) {
				List<int[]> found = new ArrayList<>();
				find(check.getPermissionChecks(), value, new ArrayList<>(), found);
				return (found.size() == 1) ? Optional.of(new Place(Kind.PERMISSION, found.get(0))) : Optional.empty();
			}
			return Optional.empty();
		}

		Object in(AuthorizationCheck check) {
			return switch (this.kind) {
				case CHECK -> check;
				case GROUP -> check.getAuthGroupIds().get(this.path[0]);
				case PERMISSION -> permissionAt(check.getPermissionChecks(), 0);
			};
		}

		private Object permissionAt(CompositePermissionCheck composite, int depth) {
			int index = this.path[depth];
			if (depth == this.path.length - 1) {
				return composite.getAtomicChecks().get(index);
			}
			return permissionAt(composite.getCompositeChecks().get(index), depth + 1);
		}

		private static Optional<Integer> only(List<String> values, Object value) {
			int found = -1;
			for (int i = 0; values != null && i < values.size(); i++) {
				if (values.get(i) == value) {
					if (found >= 0) {
						return Optional.empty();
					}
					found = i;
				}
			}
			return (found >= 0) ? Optional.of(found) : Optional.empty();
		}

		private static void find(CompositePermissionCheck composite, Object value, List<Integer> prefix,
				List<int[]> found) {
			if (composite == null) {
				return;
			}
			List<PermissionCheck> atomic = composite.getAtomicChecks();
			for (int i = 0; atomic != null && i < atomic.size(); i++) {
				if (atomic.get(i) == value) {
					found.add(path(prefix, i));
				}
			}
			List<CompositePermissionCheck> nested = composite.getCompositeChecks();
			for (int i = 0; nested != null && i < nested.size(); i++) {
				prefix.add(i);
				find(nested.get(i), value, prefix, found);
				prefix.remove(prefix.size() - 1);
			}
		}

		private static int[] path(List<Integer> prefix, int last) {
			int[] path = new int[prefix.size() + 1];
			for (int i = 0; i < prefix.size(); i++) {
				path[i] = prefix.get(i);
			}
			path[prefix.size()] = last;
			return path;
		}

	}

}
