package jp.kyodo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.NationDataProfile;
import org.junit.jupiter.api.Test;

/**
 * The nation data set at a tiny share (10 districts, 500 requests), written through the same path as the full one
 * (COPY on PostgreSQL, JDBC batches on H2): the same seed gives the same rows, another seed other rows, and the
 * rows have the shapes the screens expect.
 */
@QuarkusTest
@TestProfile(NationDataProfile.class)
class NationDataTest {

    static final NationScale TINY = NationScale.parse("nation:0.0005").orElseThrow();

    @Inject
    NationDataLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOtherRows() throws Exception {
        NationData.Result first = loader.load(TINY, 42);
        String digest = digest(first.firstIds());
        delete(first.firstIds());

        NationData.Result again = loader.load(TINY, 42);
        assertEquals(first.firstIds(), again.firstIds());
        assertEquals(first.rows(), again.rows());
        assertEquals(digest, digest(again.firstIds()));
        delete(again.firstIds());

        NationData.Result other = loader.load(TINY, 43);
        assertNotEquals(digest, digest(other.firstIds()));
        delete(other.firstIds());
    }

    @Test
    void theRowsHaveTheShapesOfTheDemoCity() throws Exception {
        NationData.Result r = loader.load(TINY, 7);
        Map<String, Long> ids = r.firstIds();
        try {
            assertEquals(TINY.municipalities(), count("select count(*) from ward where id > ?", ids.get("ward")));
            assertEquals(TINY.districts(), count("select count(*) from district where id > ?", ids.get("district")));
            long associations = count("select count(*) from organization where id > ? and kind_code = 'NEIGHBORHOOD_ASSOCIATION'",
                    ids.get("organization"));
            assertEquals(r.associations(), associations);
            double perDistrict = (double) associations / TINY.districts();
            assertTrue(perDistrict >= 8 && perDistrict <= 22, "associations per district " + perDistrict);
            assertEquals(associations * TINY.years(),
                    count("select count(*) from membership_figure where id > ?", ids.get("membership_figure")));
            assertEquals(TINY.districts() * TINY.years(),
                    count("select count(*) from district_statistics where id > ?", ids.get("district_statistics")));
            assertEquals(TINY.requests(), count("select count(*) from city_request where id > ?", ids.get("city_request")));
            long request = ids.get("city_request");
            for (String child : List.of("city_request_ask", "city_request_receiver_kind", "city_request_month")) {
                assertEquals(0, count("select count(*) from city_request r where r.id > ? and not exists"
                        + " (select 1 from " + child + " c where c.request_id = r.id)", request), child);
            }
            assertEquals(0, count("select count(*) from city_request r where r.id > ?"
                    + " and not exists (select 1 from city_request_ward w where w.request_id = r.id)"
                    + " and not exists (select 1 from city_request_district d where d.request_id = r.id)", request),
                    "every request has receivers");
            assertEquals(0, count("select count(*) from city_request r join section s on s.id = r.section_id"
                    + " join department d on d.id = s.department_id join bureau b on b.id = d.bureau_id"
                    + " join city_request_ward w on w.request_id = r.id join ward x on x.id = w.ward_id"
                    + " where r.id > ? and x.code <> b.code", request), "a municipality's requests go to its own ward");
            assertTrue(count("select count(*) from review_item where id > ?", ids.get("review_item")) > TINY.requests() / 3);
            assertEquals(TINY.years(), count("select count(distinct c.fiscal_year) from review_item i"
                    + " join review_cycle c on c.id = i.cycle_id where i.id > ?", ids.get("review_item")));
            assertEquals(0, count("select count(*) from review_item where id > ? and decision = 'MERGE'"
                    + " and merge_into_id is null", ids.get("review_item")));
            assertEquals(0, count("select count(*) from membership_figure where id > ?"
                    + " and (member_households > households or households < 20)", ids.get("membership_figure")));

            // the identities moved past the written ids: the application's next row does not collide
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("insert into bureau (code, name, kana) values ('ZZ-NEXT', '次', 'つぎ')");
                assertTrue(count("select max(id) from bureau where code = 'ZZ-NEXT' and id > ?", 0) > ids.get("bureau")
                        + TINY.municipalities());
                st.executeUpdate("delete from bureau where code = 'ZZ-NEXT'");
            }
        } finally {
            delete(ids);
        }
    }

    @Test
    void theNationScaleIsNamedNationOrAShareOfIt() {
        assertEquals(NationScale.NATION, NationScale.parse(" Nation ").orElseThrow());
        assertEquals(20, NationScale.parse("nation:0.001").orElseThrow().districts());
        assertTrue(NationScale.parse("large").isEmpty());
        assertEquals(DemoScale.DEMO, DemoScale.parse("nation"), "the demo city is made first, the nation added to it");
        assertThrows(IllegalArgumentException.class, () -> NationScale.parse("nation:2"));
        assertThrows(IllegalArgumentException.class, () -> NationScale.parse("nation:lots"));
    }

    private long count(String sql, long param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every column of every row written, in id order (child rows by request and value). */
    private String digest(Map<String, Long> firstIds) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection()) {
            for (String t : NationData.ID_TABLES) {
                hash(md, c, "select * from " + t + " where id > ? order by id", firstIds.get(t));
            }
            for (String t : NationData.REQUEST_CHILDREN) {
                hash(md, c, "select * from " + t + " where request_id > ? order by 1, 2", firstIds.get("city_request"));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void hash(MessageDigest md, Connection c, String sql, long after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        md.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                        md.update((byte) 0);
                    }
                }
            }
        }
    }

    /** Removes the rows written after the given ids, children first. */
    private void delete(Map<String, Long> firstIds) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from review_item where id > " + firstIds.get("review_item"));
            for (String t : NationData.REQUEST_CHILDREN) {
                st.executeUpdate("delete from " + t + " where request_id > " + firstIds.get("city_request"));
            }
            st.executeUpdate("delete from city_request where id > " + firstIds.get("city_request"));
            st.executeUpdate("update organization set parent_id = null where id > " + firstIds.get("organization"));
            for (String t : List.of("review_cycle", "section", "department", "bureau", "membership_figure", "officer",
                    "organization", "district_statistics", "district", "ward")) {
                st.executeUpdate("delete from " + t + " where id > " + firstIds.get(t));
            }
        }
    }
}
