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
USER kyodo
# 8080: the app and the API; 9000: health and metrics (management interface, keep it internal)
EXPOSE 8080 9000
# Bounded memory (bench/README.md, "Memory"): a 256 MB heap with the serial collector keeps the process under about
# 350 MB under load, whatever the container's limit. A city with more data or traffic raises -Xmx (docker-compose:
# KYODO_JAVA_OPTS); give the container at least -Xmx + 200 MB.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
