package org.injaz.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.reflection.MetaObject;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's authorization check from a template per shape: for every shape Camunda makes
 * (one permission, alternatives, all of several, nested, with or without revokes and
 * groups), a second check of the shape gets exactly the SQL and values MyBatis builds for
 * it; real grants decide as before; and the mapping's conditions are the ones the shape
 * covers, so that an engine upgrade that changes them fails here.
 */
class AuthorizationChecksBuiltOncePerShapeTest {

	private static ProcessEngine engine;

	private static MappedStatement statement;

	@BeforeAll
	static void buildEngine() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:authorization-check-templates;DB_CLOSE_DELAY=-1");
		configuration.setAuthorizationEnabled(true);
		configuration.setJobExecutorActivate(false);
		configuration.setProcessEnginePlugins(List.of(new AuthorizationChecksBuiltOncePerShape()));
		engine = configuration.buildProcessEngine();
		statement = configuration.getSqlSessionFactory()
			.getConfiguration()
			.getMappedStatement(AuthorizationChecksBuiltOncePerShape.CHECK);
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@Test
	void aSecondCheckOfAShapeGetsTheSqlAndValuesMyBatisBuildsForIt() {
		for (boolean revokes : new boolean[] { false, true }) {
			for (int groups : new int[] { -1, 0, 1, 4 }) {
				for (Supplier<CompositePermissionCheck> shape : shapes()) {
					AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();
					AuthorizationCheck first = check("first", groups, revokes, shape.get());
					AuthorizationCheck second = check("second", groups, revokes, shape.get());

					assertSameStatement(templates.boundSql(statement, first), statement.getBoundSql(first));
					assertSameStatement(templates.boundSql(statement, second), statement.getBoundSql(second));
					assertThat(templates.shapes()).isEqualTo(1);
				}
			}
		}
	}

	@Test
	void checksOfOtherShapesGetTemplatesOfTheirOwn() {
		AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();
		AuthorizationCheck oneGroup = check("u", 1, false, single(Permissions.READ, Resources.TASK, "t-1"));
		AuthorizationCheck twoGroups = check("u", 2, false, single(Permissions.READ, Resources.TASK, "t-1"));
		AuthorizationCheck anyTask = check("u", 1, false, single(Permissions.READ, Resources.TASK, "*"));

		for (AuthorizationCheck check : List.of(oneGroup, twoGroups, anyTask, oneGroup, twoGroups, anyTask)) {
			assertSameStatement(templates.boundSql(statement, check), statement.getBoundSql(check));
		}
		assertThat(templates.shapes()).isEqualTo(3);
	}

	@Test
	void anotherStatementOfTheSameIdHasTemplatesOfItsOwn() {
		AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();
		org.apache.ibatis.session.Configuration other = new org.apache.ibatis.session.Configuration();
		MappedStatement reporting = new MappedStatement.Builder(other, AuthorizationChecksBuiltOncePerShape.CHECK,
				new StaticSqlSource(other, "select 'other'"), SqlCommandType.SELECT)
			.build();
		AuthorizationCheck first = check("u", 2, false, single(Permissions.READ, Resources.TASK, "t-1"));
		AuthorizationCheck second = check("u", 2, false, single(Permissions.READ, Resources.TASK, "t-2"));

		assertThat(templates.boundSql(reporting, first).getSql()).isEqualTo("select 'other'");
		assertSameStatement(templates.boundSql(statement, second), statement.getBoundSql(second));
		assertThat(templates.boundSql(reporting, second).getSql()).isEqualTo("select 'other'");
		assertThat(templates.shapes()).isEqualTo(2);
	}

	@Test
	void aShapeWhoseGroupsCannotBeToldApartIsBuiltByMyBatisEachTime() {
		AuthorizationCheckTemplates templates = new AuthorizationCheckTemplates();
		String group = "coordinators/ach-4";
		AuthorizationCheck sameGroupTwice = new AuthorizationCheck("u", Arrays.asList(group, group),
				single(Permissions.READ, Resources.TASK, "t-1"), false);
		AuthorizationCheck twoGroups = new AuthorizationCheck("u", List.of("reviewers/g2c", "coordinators/ach-3"),
				single(Permissions.READ, Resources.TASK, "t-2"), false);

		assertSameStatement(templates.boundSql(statement, sameGroupTwice), statement.getBoundSql(sameGroupTwice));
		assertSameStatement(templates.boundSql(statement, twoGroups), statement.getBoundSql(twoGroups));
	}

	@Test
	void grantsDecideAsBeforeForUsersOfTheSameShape() {
		AuthorizationService authorizations = engine.getAuthorizationService();
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId("coordinators/ach-4");
		grant.setResource(Resources.PROCESS_DEFINITION);
		grant.setResourceId("nomination");
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);

		assertThat(authorized("c1", Permissions.READ, "nomination", "reviewers/g2c", "coordinators/ach-4")).isTrue();
		assertThat(authorized("c2", Permissions.READ, "nomination", "reviewers/g2c", "coordinators/ach-3")).isFalse();
		assertThat(authorized("c3", Permissions.READ, "nomination", "coordinators/ach-4", "reviewers/g2c")).isTrue();
		assertThat(authorized("c4", Permissions.READ, "edition", "coordinators/ach-3", "coordinators/ach-4")).isFalse();
		assertThat(authorized("c5", Permissions.UPDATE, "nomination", "coordinators/ach-3", "coordinators/ach-4"))
			.isFalse();
		assertThat(templates().shapes()).isPositive();
	}

	@Test
	void theMappingsConditionsAreTheOnesTheShapeCovers() throws IOException {
		assertThat(conditionsAndPastedText()).containsExactlyInAnyOrderElementsOf(Set.of(
				// the check's tree and lists: in the shape
				"permissionChecks != null && permissionChecks.atomicChecks.size > 1",
				"permissionChecks.atomicChecks != null && permissionChecks.atomicChecks.size == 1",
				"permissionChecks.atomicChecks != null && permissionChecks.atomicChecks.size > 1",
				"permissionChecks.compositeChecks != null && permissionChecks.compositeChecks.size > 1",
				"permissionChecks.disjunctive", "!permissionChecks.disjunctive", "index < atomicChecks.size - 1",
				"i > 0", "i < atomicChecks.size - 1", "index < compositeChecks.size - 1",
				"i < compositeChecks.size - 1", "authGroupIds != null && authGroupIds.size > 0",
				"revokeAuthorizationCheckEnabled",
				// each permission check's resource fields: in the shape, the pasted ones
				// verbatim
				"permCheck.resourceIdQueryParam != null",
				"permCheck.resourceIdQueryParam != null || (permCheck.resourceId != null && !permCheck.resourceId.equals('*'))",
				"revokeAuthorizationCheckEnabled && (permCheck.resourceIdQueryParam != null || (permCheck.resourceId != null && !permCheck.resourceId.equals('*')))",
				"permCheck.resourceId != null", "permCheck.authorizationNotFoundReturnValue != null",
				"permCheck.authorizationNotFoundReturnValue == null", "${permCheck.resourceIdQueryParam}",
				"${permCheck.authorizationNotFoundReturnValue}",
				// bound by position: the places of the template
				"permissionChecks.atomicChecks[0]", "permissionChecks.atomicChecks", "permissionChecks.compositeChecks",
				// the engine's database settings: the same for every check
				"${prefix}", "${bitand1}", "${bitand2}", "${bitand3}", "${dbSpecificDummyTable}",
				"${dbSpecificIfNullFunction}"));
	}

	/** Whether the user of these groups has the permission on a process definition. */
	private static boolean authorized(String user, Permission permission, String definitionKey, String... groups) {
		return engine.getAuthorizationService()
			.isUserAuthorized(user, List.of(groups), permission, Resources.PROCESS_DEFINITION, definitionKey);
	}

	private static List<Supplier<CompositePermissionCheck>> shapes() {
		return List.of(() -> single(Permissions.READ, Resources.PROCESS_DEFINITION, unique("definition")),
				() -> single(Permissions.READ, Resources.TASK, "*"), () -> {
					PermissionCheck check = permission(Permissions.READ, Resources.TASK, null);
					check.setResourceIdQueryParam("RES.ID_");
					check.setAuthorizationNotFoundReturnValue(0L);
					return composite(true, List.of(check), null);
				},
				// Camunda's task work check: the task or its definition
				() -> composite(true,
						List.of(permission(TaskPermissions.TASK_WORK, Resources.TASK, unique("task")),
								permission(Permissions.UPDATE, Resources.TASK, unique("task")),
								permission(Permissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
										unique("definition"))),
						null),
				() -> composite(false, List.of(permission(Permissions.READ, Resources.PROCESS_DEFINITION, "*"),
						permission(Permissions.CREATE, Resources.PROCESS_INSTANCE, "*")), null),
				() -> composite(true, null, List.of(
						composite(false,
								List.of(permission(Permissions.READ, Resources.TASK, unique("task")),
										permission(Permissions.READ, Resources.PROCESS_DEFINITION, "*")),
								null),
						composite(true,
								List.of(permission(Permissions.UPDATE, Resources.TASK, unique("task")),
										permission(Permissions.UPDATE, Resources.PROCESS_INSTANCE, unique("instance"))),
								null))),
				// nested composites of one check each: MyBatis binds both to one name
				() -> composite(false, null, List.of(single(Permissions.READ, Resources.TASK, unique("task")),
						single(Permissions.DELETE, Resources.PROCESS_INSTANCE, unique("instance")))));
	}

	private static int counter;

	private static String unique(String prefix) {
		return prefix + "-" + (++counter);
	}

	private static AuthorizationCheck check(String user, int groups, boolean revokes,
			CompositePermissionCheck permissions) {
		List<String> groupIds = null;
		if (groups >= 0) {
			groupIds = new ArrayList<>();
			for (int i = 0; i < groups; i++) {
				groupIds.add(unique(user + "-group"));
			}
		}
		return new AuthorizationCheck(user, groupIds, permissions, revokes);
	}

	private static CompositePermissionCheck single(Permission permission, Resource resource, String resourceId) {
		return composite(true, List.of(permission(permission, resource, resourceId)), null);
	}

	private static CompositePermissionCheck composite(boolean disjunctive, List<PermissionCheck> atomic,
			List<CompositePermissionCheck> nested) {
		CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
		if (atomic != null) {
			composite.setAtomicChecks(new ArrayList<>(atomic));
		}
		if (nested != null) {
			composite.setCompositeChecks(new ArrayList<>(nested));
		}
		return composite;
	}

	private static PermissionCheck permission(Permission permission, Resource resource, String resourceId) {
		return PermissionChecks.of(permission, resource, resourceId);
	}

	/** Same text, and each parameter with the same value, type and handler. */
	private static void assertSameStatement(BoundSql actual, BoundSql expected) {
		assertThat(actual.getSql()).isEqualTo(expected.getSql());
		assertThat(parameters(actual)).isEqualTo(parameters(expected));
		assertThat(values(actual)).isEqualTo(values(expected));
	}

	private static List<String> parameters(BoundSql sql) {
		return sql.getParameterMappings()
			.stream()
			.map((mapping) -> mapping.getJavaType().getName() + " " + mapping.getJdbcType() + " "
					+ mapping.getTypeHandler().getClass().getName())
			.toList();
	}

	/** The values MyBatis sets, found as its parameter handler finds them. */
	private static List<Object> values(BoundSql sql) {
		MetaObject parameter = statement.getConfiguration().newMetaObject(sql.getParameterObject());
		List<Object> values = new ArrayList<>();
		for (ParameterMapping mapping : sql.getParameterMappings()) {
			String property = mapping.getProperty();
			values.add(sql.hasAdditionalParameter(property) ? sql.getAdditionalParameter(property)
					: parameter.getValue(property));
		}
		assertThat(values).isNotEmpty();
		return values;
	}

	private static AuthorizationCheckTemplates templates() {
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
			.getConfiguration()
			.getInterceptors()
			.stream()
			.filter(AuthorizationChecksBuiltOncePerShape.FromTemplates.class::isInstance)
			.map(AuthorizationChecksBuiltOncePerShape.FromTemplates.class::cast)
			.findFirst()
			.orElseThrow()
			.templates();
	}

	/**
	 * The conditions, bound expressions and pasted text of the check's statement and the
	 * fragments it includes, read from the engine's mapping.
	 */
	private static Set<String> conditionsAndPastedText() throws IOException {
		String mapping;
		try (InputStream in = ProcessEngine.class
			.getResourceAsStream("/org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml")) {
			mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		StringBuilder statementText = new StringBuilder(
				section(mapping, "<select id=\"isUserAuthorizedForResource\"", "</select>"));
		for (String fragment : List.of("authorizationCheck", "atomicChecks", "compositeChecks",
				"disjunctiveAtomicChecks", "conjunctiveAtomicChecks", "disjunctiveCompositeChecks",
				"conjunctiveCompositeChecks", "authCheck")) {
			statementText.append(section(mapping, "<sql id=\"" + fragment + "\">", "</sql>"));
		}
		String text = statementText.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
		Set<String> found = new TreeSet<>();
		Matcher expressions = Pattern.compile("(?:test|value)=\"([^\"]*)\"|(\\$\\{[^}]*\\})").matcher(text);
		while (expressions.find()) {
			found.add((expressions.group(1) != null) ? expressions.group(1).trim().replaceAll("\\s+", " ")
					: expressions.group(2));
		}
		return found;
	}

	private static String section(String mapping, String start, String end) {
		int from = mapping.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return mapping.substring(from, mapping.indexOf(end, from));
	}

}
