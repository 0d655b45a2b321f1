# kyodo — two commands: `make run` and `make test`. Everything else here serves those two.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Maven runs are serialized (one at a time on a 2-core machine) when flock is available.
LOCK      := $(shell command -v flock >/dev/null 2>&1 && echo flock /tmp/kyodo-mvn.lock)
MVNW      := cd backend && $(LOCK) ./mvnw -B -q
APP_DIR   := backend/target/quarkus-app
APP_JAR   := $(APP_DIR)/quarkus-run.jar
PG_JAR    := backend/target/pg-app/quarkus-run.jar
AOT_DIR   := backend/target/aot-app
# A JDK 25 or later for the AOT cache of `make package-aot` (Leyden: JEP 483/514/515); the machines here have Temurin's.
JDK_AOT   ?= $(firstword $(wildcard /usr/lib/jvm/temurin-2[5-9]-jdk-amd64 /usr/lib/jvm/java-2[5-9]-openjdk-amd64 /usr/lib/jvm/temurin-2[5-9]*))
PORT      ?= 8080
E2E_PORT  ?= 18080
FRONT_SRC := $(shell find frontend/src frontend/public frontend/index.html frontend/vite.config.ts frontend/tsconfig.json -type f 2>/dev/null)
BACK_SRC  := $(shell find backend/src/main -type f 2>/dev/null) backend/pom.xml

.PHONY: help run print-java-opts test test-backend test-backend-h2 test-backend-pg test-frontend test-e2e test-integration test-reliability openapi api-types lint-api package package-pg package-aot clean-data bench

help:
	@echo "make run    – build what is missing and start kyodo on http://localhost:$(PORT) (H2 in ./data, demo city)"
	@echo "make test   – the whole suite: backend on H2 and PostgreSQL, contract drift, frontend unit, browser tests, reliability"
	@echo "make openapi – regenerate openapi.yaml and the SPA's API types from the server"

# ---- run ---------------------------------------------------------------------------------
# Bounded memory (bench/README.md, "Memory"): at most 256 MB of heap, the serial collector (the lightest; pauses stay
# short on a heap this size) and caps on the JVM's other pools; two malloc arenas instead of one per thread. Only the
# C1 compiler (-XX:TieredStopAtLevel=1): C2's compilations took half the CPU of a start and, on 2 busy cores, still
# held throughput at half of C1's after minutes of load; without them a start costs half the CPU and the process
# ~25–45 MB less. With the AppCDS archive (below): about 250 MB at rest, 350–360 MB after load on the demo city (H2;
# the PostgreSQL build 240 / 333 MB), a start on existing data 7–9 s of CPU instead of 22 (measured at load 4–14).
# Override with `make run JAVA_OPTS=...`.
JAVA_OPTS ?= -Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m \
  -XX:MaxDirectMemorySize=64m -Xss512k -XX:TieredStopAtLevel=1

# The build writes an AppCDS archive of the classes Quarkus loads before the app starts (app-cds.jsa, see APPCDS); the
# JVM maps it only when the jar is started from its own directory by the relative name the archive recorded, so the
# app runs there and finds the H2 files through KYODO_DATA_DIR. A JVM other than the one that built it ignores it.
run: $(APP_JAR)
	@mkdir -p data
	cd $(APP_DIR) && MALLOC_ARENA_MAX=2 KYODO_DATA_DIR=$(CURDIR)/data java $(JAVA_OPTS) $(CDS_OPT) \
	  -Dquarkus.profile=embedded -Dquarkus.http.port=$(PORT) -jar quarkus-run.jar

print-java-opts:
	@echo $(JAVA_OPTS)

# AppCDS (bench/README.md, "Memory"): each build starts the packaged app once in Quarkus' generation mode (static
# initialisation only: no database, no Docker) and archives the classes loaded; -XX:SharedArchiveFile maps them at
# start instead of reading, parsing and verifying them again.
APPCDS := -Dquarkus.package.jar.appcds.enabled=true
# The archive holds the jar's time: touching quarkus-run.jar after the build makes the JVM refuse it (silently, at
# start), so the two jar rules below leave the time Quarkus wrote (it writes the jar anew at every build).
# (evaluated by the shell in the app's directory)
CDS_OPT := $$([ -f app-cds.jsa ] && echo -XX:SharedArchiveFile=app-cds.jsa)

package: $(APP_JAR)

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONT_SRC)
	cd frontend && npm run build

# The datasource kind is fixed at build time: this jar is built with the embedded (H2) profile.
$(APP_JAR): frontend/dist/index.html $(BACK_SRC)
	$(MVNW) package -DskipTests -Dquarkus.profile=embedded $(APPCDS)

# The PostgreSQL build (the production datasource kind), written next to the H2 one so neither overwrites the other.
package-pg: $(PG_JAR)

# The production build (-Pproduction): no demo code, demo data or sample plan in the jar — checked here.
$(PG_JAR): frontend/dist/index.html $(BACK_SRC)
	rm -rf backend/target/classes
	$(MVNW) package -Dmaven.test.skip=true -Pproduction -Dquarkus.package.output-directory=pg-app $(APPCDS)
	rm -rf backend/target/classes
	@python3 -c "import sys,zipfile,glob,re; bad=[n for j in glob.glob('backend/target/pg-app/app/*.jar') for n in zipfile.ZipFile(j).namelist() if re.search(r'(^|/)demo/|^plans/', n)]; print('\n'.join(bad)); sys.exit(1 if bad else 0)" \
	  || { echo "the production build contains demo code or data" >&2; exit 1; }

# The production build started in 1.5–1.7 s instead of 5 (bench/README.md, "Start"): built by a JDK 25+ as an aot-jar
# (every class from the JDK's own class loaders, which the AOT cache needs), then started once on a scratch PostgreSQL
# database by scripts/aot-train.sh, which leaves app.aot — the classes loaded and linked and the methods' profiles of
# a start and a first round of calls. Start it with $(AOT_DIR)/start.sh (same JDK, `make run`'s JVM options).
package-aot: $(AOT_DIR)/app.aot

$(AOT_DIR)/app.aot: frontend/dist/index.html $(BACK_SRC) scripts/aot-train.sh
	@[ -n "$(JDK_AOT)" ] || { echo "package-aot needs a JDK 25 or later (JDK_AOT=/path/to/jdk)" >&2; exit 1; }
	rm -rf backend/target/classes $(AOT_DIR)
	cd backend && JAVA_HOME=$(JDK_AOT) $(LOCK) ./mvnw -B -q package -Dmaven.test.skip=true -Pproduction \
	  -Dquarkus.package.output-directory=aot-app -Dquarkus.package.jar.type=aot-jar
	rm -rf backend/target/classes
	scripts/aot-train.sh $(AOT_DIR) $(JDK_AOT)

clean-data:
	rm -rf data

# ---- contract ----------------------------------------------------------------------------
# Regenerate the contract from the annotations and the SPA's types from the contract.
openapi: frontend/node_modules/.package-lock.json
	rm -f backend/target/openapi-served.yaml
	-$(MVNW) test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false
	cp backend/target/openapi-served.yaml openapi.yaml
	cd frontend && npm run gen:api

lint-api: frontend/node_modules/.package-lock.json
	cd frontend && npm run lint:api

# ---- test --------------------------------------------------------------------------------
test: test-frontend test-backend test-e2e test-integration test-reliability
	@echo "make test: all suites passed"

test-frontend: frontend/node_modules/.package-lock.json frontend/dist/index.html
	cd frontend && npm run check:api
	cd frontend && npm run lint:api
	cd frontend && npm run typecheck
	cd frontend && npm run lint
	cd frontend && npm test
	cd frontend && npm run check:size

test-backend: test-backend-h2 test-backend-pg

test-backend-h2:
	$(MVNW) test

test-backend-pg:
	@url=$$(./scripts/ensure-postgres.sh) && \
	  cd backend && KYODO_TEST_DB_URL=$$url $(LOCK) ./mvnw -B -q test -Dquarkus.test.profile=pgtest

test-e2e: $(APP_JAR)
	./scripts/ensure-chromium.sh
	./scripts/e2e.sh $(E2E_PORT)

# The integrator's scenarios of docs/scenarios run as written (curl), and a Python client generated from
# openapi.yaml (openapi-generator) drives the server: the contract is usable from a second language.
INTEGRATION_PORT ?= 18090
test-integration: $(APP_JAR)
	./scripts/integration.sh $(INTEGRATION_PORT)

# Database restart and two instances behind HAProxy, on PostgreSQL clusters of their own (scripts/reliability/).
test-reliability: $(PG_JAR)
	./scripts/ensure-haproxy.sh
	./scripts/reliability/run.sh

# Not part of `make test`. BENCH_DB=postgres SCALE=demo|large|nation [BENCH_REUSE_DB=1] measure on PostgreSQL with
# pgbench side by side; that needs the demo-capable PostgreSQL build of bench/README.md (backend/target/pg-app), not
# the production jar `make package-pg` writes to the same place.
# Benchmarks (not part of make test): PostgreSQL by default, at SCALE=demo|large|nation (bench/README.md).
# The PostgreSQL build with the demo code (the production jar has none) goes to target/bench-app.
BENCH_DB  ?= postgres
BENCH_JAR := backend/target/bench-app/quarkus-run.jar
bench: $(if $(filter postgres,$(BENCH_DB)),$(BENCH_JAR),$(APP_JAR))
	BENCH_DB=$(BENCH_DB) ./bench/run.sh

bench-jar: $(BENCH_JAR)

$(BENCH_JAR): frontend/dist/index.html $(BACK_SRC)
	rm -rf backend/target/classes
	$(MVNW) package -Dmaven.test.skip=true -Dquarkus.package.output-directory=bench-app
	rm -rf backend/target/classes
	@touch $@
