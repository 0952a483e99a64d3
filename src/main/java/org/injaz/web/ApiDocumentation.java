package org.injaz.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1}: how to authenticate, and the Problem Details
 * every operation may answer with, in Arabic or English by Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI injazApi() {
		return new OpenAPI().info(new Info().title("Injaz API").version("v1").description("""
				Nominations to government e-services excellence awards: editions and branches, \
				drafts (ETag / If-Match), idempotent submission (Idempotency-Key), the status timeline, \
				clarifications, withdrawal, evidence files, public results. Errors are RFC 9457 \
				Problem Details with field messages in Arabic (default) or English (Accept-Language: en)."""))
			.components(new Components()
				.addSecuritySchemes("keycloak",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("Full stack: a Keycloak access token of realm injaz with audience injaz-api"))
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Embedded default: Camunda identity users (demo password: demo)")))
			.addSecurityItem(new SecurityRequirement().addList("keycloak"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	/**
	 * Every operation: the caller's language, and the problems any request may meet.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((url, path) -> path.readOperations().forEach((operation) -> {
				operation.addParametersItem(new HeaderParameter().name("Accept-Language")
					.required(false)
					.description("ar (default) or en: the language of error messages")
					.schema(new StringSchema()._enum(List.of("ar", "en"))));
				if (!url.startsWith("/api/v1/public/")) {
					operation.getResponses().putIfAbsent("401", problem("Not signed in"));
					operation.getResponses().putIfAbsent("403", problem("The caller's role does not allow this"));
				}
				operation.getResponses().putIfAbsent("400", problem("Invalid input: field messages in errors[]"));
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema());
		error.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 Problem Details");
		problem.addProperty("type", new StringSchema());
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(error));
		return problem;
	}

}
