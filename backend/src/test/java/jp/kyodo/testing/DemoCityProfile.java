package jp.kyodo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The demo city, loaded once into an in-memory H2 database of its own (on PostgreSQL the restart cleans the
 * database). Every demo test names this one profile, so Quarkus builds and starts the demo city once for all of
 * them (each profile costs a build and a start, about 15 s): a demo test therefore only reads, or writes what no
 * other demo test counts.
 */
public class DemoCityProfile implements QuarkusTestProfile {

    private final String database = "kyodo-demo";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kyodo.demo-data", "true", "kyodo.demo-scale", "demo",
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
