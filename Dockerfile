# Production image: the SPA and the API in one Quarkus app, built for PostgreSQL.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY openapi.yaml /src/openapi.yaml
RUN npm run build

FROM eclipse-temurin:17-jdk AS backend
WORKDIR /src/backend
COPY backend/.mvn .mvn
COPY backend/mvnw backend/pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY backend/src src
COPY --from=frontend /src/frontend/dist /src/frontend/dist
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Pproduction

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 kyodo
COPY --from=backend --chown=kyodo /src/backend/target/quarkus-app/ /app/
# AppCDS (bench/README.md, "Memory"): the classes Quarkus loads before the app starts, archived by this image's own
# JVM (the JVM refuses an archive another JVM build wrote, so not in the build stage). Quarkus' generation mode stops
# after static initialisation: no database needed. Without the archive the app starts as before, only slower.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar >/dev/null 2>&1; \
    chmod a+r app-cds.jsa 2>/dev/null || true
USER kyodo
# 8080: the app and the API; 9000: health and metrics (management interface, keep it internal)
EXPOSE 8080 9000
# Bounded memory (bench/README.md, "Memory"): a 256 MB heap with the serial collector and only the C1 compiler
# (faster starts and warm-up on few cores, ~25–45 MB less) keeps the process at about 360 MB under load, whatever the
# container's limit. A city with more data or traffic raises -Xmx (docker-compose:
# KYODO_JAVA_OPTS); give the container at least -Xmx + 200 MB.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:TieredStopAtLevel=1"
# The archive is mapped only when the jar is named as at generation: relative, from /app (the WORKDIR).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $([ -f app-cds.jsa ] && echo -XX:SharedArchiveFile=app-cds.jsa) -jar quarkus-run.jar"]
