# Production image: the SPA and the API in one Quarkus app, built for PostgreSQL.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY openapi.yaml /src/openapi.yaml
RUN npm run build

FROM eclipse-temurin:25-jdk AS backend
WORKDIR /src/backend
COPY backend/.mvn .mvn
COPY backend/mvnw backend/pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY backend/src src
COPY --from=frontend /src/frontend/dist /src/frontend/dist
# aot-jar: every class from the JDK's own class loaders, which the AOT cache below needs (bench/README.md, "Start")
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Pproduction -Dquarkus.package.jar.type=aot-jar

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --uid 1001 kyodo
COPY --from=backend --chown=kyodo /src/backend/target/quarkus-app/ /app/
# AOT cache (JDK 25, JEP 483/514/515; bench/README.md, "Start"): the classes Quarkus loads and links before the app
# starts, written by this image's own JVM (a cache from another JVM build is refused). Quarkus' generation mode stops
# after static initialisation: no database needed. `make package-aot` trains a fuller cache on a scratch database
# (1.5 s starts instead of 3); without a cache the app starts as before, only slower.
RUN java -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar >/dev/null 2>&1; \
    chmod a+r app.aot 2>/dev/null || true
USER kyodo
# 8080: the app and the API; 9000: health and metrics (management interface, keep it internal)
EXPOSE 8080 9000
# Bounded memory (bench/README.md, "Memory"): a 256 MB heap with the serial collector and only the C1 compiler
# (faster starts and warm-up on few cores, ~25–45 MB less) keeps the process at about 360 MB under load, whatever the
# container's limit. A city with more data or traffic raises -Xmx (docker-compose:
# KYODO_JAVA_OPTS); give the container at least -Xmx + 200 MB.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:TieredStopAtLevel=1"
# The cache is used only with the jar files it was written from, started from /app (the WORKDIR).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $([ -f app.aot ] && echo -XX:AOTCache=app.aot -Xlog:aot*=error) -jar quarkus-run.jar"]
