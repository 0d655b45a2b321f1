package jp.kyodo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The demo city, loaded into an in-memory H2 database of the test class's own (on PostgreSQL the restart cleans
 * the database): a demo test declares {@code public static class Profile extends DemoCityProfile} with its
 * database name.
 */
public abstract class DemoCityProfile implements QuarkusTestProfile {

    private final String database;

    protected DemoCityProfile(String database) {
        this.database = database;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kyodo.demo-data", "true", "kyodo.demo-scale", "demo",
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
