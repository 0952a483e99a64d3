# syntax=docker/dockerfile:1

# --- build: the same Maven wrapper build as on a workstation -------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# The pom packages bpmn/ and keycloak/injaz-realm.json as classpath resources.
COPY bpmn bpmn
COPY keycloak keycloak
# The cache mount keeps the wrapper's Maven and the dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
 && cp "$(find target -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' | head -n 1)" application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# --- runtime ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl is for the compose health check; it is not guaranteed in the base image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system injaz \
 && useradd --system --gid injaz --home-dir /app --no-create-home injaz
WORKDIR /app
# Least to most frequently changing, so a code change rebuilds only the last layer.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# A class-data-sharing archive from a training run that stops once the application is ready, on
# the embedded default (no service needed): later starts map the classes it loaded instead of
# loading them again (docs/performance.md). The run's H2 database is not kept.
RUN java -XX:ArchiveClassesAtExit=application.jsa -jar application.jar \
      --injaz.training-run=true --server.port=0 \
 && rm -rf /app/.data
# Without the postgres profile the embedded H2 database lives in ./.data: the only writable path.
# Attachments live in ./.data/attachments (a volume in docker-compose.yml, which takes this owner).
RUN mkdir -p /app/.data/attachments && chown -R injaz:injaz /app/.data
USER injaz
EXPOSE 8080
# Started in /app, as trained: the archive holds the class path as given, relative to it.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
