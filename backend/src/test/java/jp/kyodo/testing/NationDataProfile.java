package jp.kyodo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An empty in-memory H2 database of its own for the nation data set's tests (on PostgreSQL the restart cleans the
 * database), so that the rows they load and delete never meet another test class's data; no demo city at startup.
 */
public class NationDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kyodo.demo-data", "false",
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:kyodo-nation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
