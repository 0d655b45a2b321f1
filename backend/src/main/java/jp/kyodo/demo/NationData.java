package jp.kyodo.demo;

import static jp.kyodo.demo.DemoVocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.membership.AreaCountMethod;
import jp.kyodo.organization.OfficerRole;
import jp.kyodo.request.Ask;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.demo.DemoInventory;
import jp.kyodo.request.review.Decision;
import jp.kyodo.request.review.ItemState;
import org.jboss.logging.Logger;

/**
 * Generates the nation-wide data set ({@link NationScale}) and writes it straight to the tables with
 * {@link BulkTables} (COPY on PostgreSQL), a slice of municipalities at a time, so memory stays small.
 *
 * <p>Shapes follow the demo city ({@link DemoCity}, {@link DemoInventory}): each municipality (a ward) has 2–3
 * ward-level groups and its school districts; each district a council with officers, 5–28 neighbourhood associations
 * (about 15 on average) with chairs, treasurers, sometimes blocks, and 10 fiscal years of membership figures
 * following the city trend, resident groups, and resident statistics. Each municipality has an office (a bureau, a
 * department and six sections) issuing its share of the requests each fiscal year from the demo inventory's
 * templates, to its own ward (city_request_ward) or to a few of its districts; every fiscal year has a review cycle,
 * where the templates' assessments and decisions become review items (the older cycles closed and carried out).
 *
 * <p>Deterministic: every municipality, district and municipality-year draws from its own {@link Random} seeded
 * from the seed and its index, rows carry ids counted from the tables' largest id when the load starts, and the
 * record timestamps come from the data (April 1 of the fiscal year), not from the clock: the same seed on the same
 * database gives the same rows. Like the demo city, this is seed data: no audit trail, no change feed events.
 */
final class NationData {

    private static final Logger LOG = Logger.getLogger(NationData.class);

    /** The record timestamps of the registry rows: a fixed instant, so that the data do not depend on the clock. */
    static final OffsetDateTime STAMP = OffsetDateTime.of(2025, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final int FLUSH_ROWS = 200_000;

    /** Tables whose ids are set here, in the order they are written (parents first). */
    static final List<String> ID_TABLES = List.of("ward", "district", "district_statistics", "organization", "officer",
            "membership_figure", "bureau", "department", "section", "review_cycle", "city_request", "review_item");
    /** The request's child tables (keyed by request_id). */
    static final List<String> REQUEST_CHILDREN = List.of("city_request_ask", "city_request_receiver_kind",
            "city_request_month", "city_request_ward", "city_request_district");

    private static final String[][] DISTRICT_SUFFIX = {{"", ""}, {"", ""}, {"", ""}, {"", ""}, {"東", "ひがし"},
        {"西", "にし"}, {"南", "みなみ"}, {"北", "きた"}, {"中央", "ちゅうおう"}};
    /** A municipality's six sections; the inventory's sections map onto them ({@link #SECTION_OF}). */
    private static final String[][] OFFICE_SECTIONS = {{"SOMU", "総務課", "そうむか"},
        {"CHIIKI", "地域振興課", "ちいきしんこうか"}, {"ANZEN", "防災安全課", "ぼうさいあんぜんか"},
        {"KANKYO", "環境課", "かんきょうか"}, {"FUKUSHI", "福祉課", "ふくしか"},
        {"KODOMO", "教育こども課", "きょういくこどもか"}};
    private static final Map<String, Integer> SECTION_OF = Map.ofEntries(Map.entry("KOHO", 0), Map.entry("TOKEI", 0),
            Map.entry("SENKYO", 0), Map.entry("CHIIKI", 1), Map.entry("KOMINKAN", 1), Map.entry("HGS-SHIEN", 1),
            Map.entry("NSI-SHIEN", 1), Map.entry("BOHAN", 2), Map.entry("BOSAI", 2), Map.entry("YOBO", 2),
            Map.entry("SHOBODAN", 2), Map.entry("GOMI", 3), Map.entry("SHIGEN", 3), Map.entry("BIKA", 3),
            Map.entry("FUKUSHI", 4), Map.entry("KOREI", 4), Map.entry("KENKO", 4), Map.entry("SEISHONEN", 5),
            Map.entry("GAKKO", 5));

    /** What was written; {@code firstIds} holds, per table, the largest id before the load (rows have larger ids). */
    record Result(String scale, long seed, int municipalities, int districts, long organizations, long associations,
            long officers, long figures, long statistics, long requests, long reviewItems, long rows,
            Map<String, Long> firstIds, long millis) {
    }

    private final DemoCatalog catalog = DemoCatalog.load();
    private final List<DemoInventory.T> templates = DemoInventory.templates();
    private final NationScale scale;
    private final long seed;
    private final BulkTables out;
    private final Map<String, Long> base = new LinkedHashMap<>();
    private final Map<String, Long> next = new HashMap<>();
    private long pending;
    private long organizations;
    private long associations;
    private long officers;
    private long figures;
    private long statistics;
    private long requests;
    private long reviewItems;

    private NationData(Connection c, NationScale scale, long seed) throws SQLException {
        this.scale = scale;
        this.seed = seed;
        this.out = new BulkTables(c);
        for (String t : ID_TABLES) {
            long max = BulkTables.maxId(c, t);
            base.put(t, max);
            next.put(t, max);
        }
        out.table("ward", "id", "code", "name", "kana", "search_key", "created_at", "updated_at");
        out.table("district", "id", "code", "name", "kana", "search_key", "ward_id", "community_hall", "created_at",
                "updated_at");
        out.table("district_statistics", "id", "district_id", "fiscal_year", "population", "households", "created_at",
                "updated_at");
        out.table("organization", "id", "code", "kind_code", "sub_kind_code", "name", "kana", "search_key",
                "district_id", "ward_id", "parent_id", "founded_on", "legal_entity", "legal_entity_since",
                "publishes_assembly_documents", "publishes_accounts", "contact_name", "contact_phone",
                "contact_address", "contact_email", "created_at", "updated_at");
        out.table("officer", "id", "organization_id", "role", "person_name", "person_kana", "phone", "address",
                "term_start", "term_end", "created_at", "updated_at");
        out.table("membership_figure", "id", "organization_id", "fiscal_year", "households", "member_households",
                "area_count_method", "source", "note", "created_at", "updated_at");
        out.table("bureau", "id", "code", "name", "kana", "sort_order", "created_at", "updated_at");
        out.table("department", "id", "bureau_id", "code", "name", "kana", "sort_order", "created_at", "updated_at");
        out.table("section", "id", "department_id", "code", "name", "kana", "search_key", "sort_order", "created_at",
                "updated_at");
        out.table("review_cycle", "id", "fiscal_year", "baseline_year", "title", "status", "note", "created_at",
                "updated_at");
        out.table("city_request", "id", "code", "title", "description", "search_key", "section_id", "section_code",
                "fiscal_year", "kind", "channel", "all_districts", "receiver_key", "occurrences", "month_mask", "deadline_days", "deadline_note",
                "head_count", "mandatory", "people", "hours_per_person", "status", "created_at", "updated_at");
        out.table("city_request_ask", "request_id", "ask");
        out.table("city_request_receiver_kind", "request_id", "kind_code");
        out.table("city_request_month", "request_id", "month_no", "times");
        out.table("city_request_ward", "request_id", "ward_id");
        out.table("city_request_district", "request_id", "district_id");
        out.table("review_item", "id", "cycle_id", "request_id", "state", "self_assessment", "proposed_decision",
                "self_assessed_by", "self_assessed_at", "decision", "decision_reason", "merge_into_id",
                "effective_year", "decided_by", "decided_at", "compensation_flat", "compensation_per_household",
                "carried_out_by", "carried_out_at", "carried_out_note", "created_at", "updated_at");
    }

    /** Writes the data set on the connection (in the caller's transaction) and moves the identities past it. */
    static Result write(Connection c, NationScale scale, long seed) throws SQLException {
        long start = System.nanoTime();
        NationData n = new NationData(c, scale, seed);
        n.generate(c);
        for (String t : ID_TABLES) {
            BulkTables.restartIdentity(c, t);
        }
        return new Result(scale.name(), seed, scale.municipalities(), scale.districts(), n.organizations,
                n.associations, n.officers, n.figures, n.statistics, n.requests, n.reviewItems, n.out.written(),
                Map.copyOf(n.base), (System.nanoTime() - start) / 1_000_000);
    }

    private long id(String table) {
        return next.merge(table, 1L, Long::sum);
    }

    private void add(String table, Object... values) {
        out.add(table, values);
        pending++;
    }

    private void flushIfFull() throws SQLException {
        if (pending >= FLUSH_ROWS) {
            out.flush();
            pending = 0;
        }
    }

    /** A generator of its own for each part, so that parts do not shift each other's draws. */
    private Random random(int part, int index, int more) {
        long h = seed;
        for (long v : new long[] {part, index, more}) {
            h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return new Random(h);
    }

    // ---- municipalities -------------------------------------------------------------------------------------

    private record Municipality(int index, long wardId, String code, String name, String kana, boolean city,
            long firstDistrictId, String[] districtNames) {
    }

    private void generate(Connection c) throws SQLException {
        int[] counts = districtCounts();
        List<Municipality> municipalities = new ArrayList<>();
        int districtNo = 0;
        long logged = System.nanoTime();
        for (int m = 0; m < scale.municipalities(); m++) {
            municipalities.add(municipality(m, counts[m], districtNo));
            districtNo += counts[m];
            flushIfFull();
            if (System.nanoTime() - logged > 10_000_000_000L) {
                LOG.infof("Nation data set: %d of %d municipalities, %d rows", m + 1, scale.municipalities(),
                        out.written() + pending);
                logged = System.nanoTime();
            }
        }
        out.flush();
        pending = 0;

        Map<Integer, Long> cycles = cycles(c);
        for (Municipality m : municipalities) {
            offices(m, cycles);
            flushIfFull();
            if (System.nanoTime() - logged > 10_000_000_000L) {
                LOG.infof("Nation data set: requests of %d of %d municipalities, %d rows", m.index() + 1,
                        municipalities.size(), out.written() + pending);
                logged = System.nanoTime();
            }
        }
        out.flush();
        pending = 0;
    }

    /** Districts per municipality: a few large cities and many small towns (log-normal weights), at least one each. */
    private int[] districtCounts() {
        Random r = random(0, 0, 0);
        int m = scale.municipalities();
        double[] w = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            w[i] = Math.exp(r.nextGaussian() * 0.9);
            sum += w[i];
        }
        int rest = scale.districts() - m;
        int[] counts = new int[m];
        double cum = 0;
        int given = 0;
        for (int i = 0; i < m; i++) {
            cum += w[i];
            int upTo = (int) Math.round(rest * cum / sum);
            counts[i] = 1 + upTo - given;
            given = upTo;
        }
        return counts;
    }

    private Municipality municipality(int m, int districtCount, int firstDistrictNo) {
        Random r = random(1, m, 0);
        DemoCatalog.DistrictName dn = catalog.districts().get(r.nextInt(catalog.districts().size()));
        boolean city = districtCount >= 12 || r.nextDouble() < 0.55;
        String suffix = city ? "市" : r.nextDouble() < 0.9 ? "町" : "村";
        String suffixKana = city ? "し" : suffix.equals("町") ? "ちょう" : "むら";
        String code = String.format("N%04d", m + 1);
        String name = dn.name() + suffix;
        String kana = TextNormalizer.reading(dn.kana() + suffixKana);
        long wardId = id("ward");
        add("ward", wardId, code, name, kana, TextNormalizer.searchKey(name, kana, code), STAMP, STAMP);

        List<String[]> groups = new ArrayList<>(List.of(WARD_GROUPS[0], WARD_GROUPS[1]));
        if (r.nextDouble() < 0.6) {
            groups.add(WARD_GROUPS[2]);
        }
        int no = 0;
        for (String[] g : groups) {
            Person chair = person(r, name, "");
            long org = org(code + "-W" + two(++no), "WARD_GROUP", g[0].isEmpty() ? null : g[0], name + g[1],
                    kana + g[2], null, wardId, null, date(r, 1982, 1995), false, null, true, r.nextDouble() < 0.5,
                    chair, name + "役所 地域支援課内", null);
            officer(org, OfficerRole.CHAIR, chair, april(2021 + 2 * r.nextInt(3)), null);
        }

        long firstDistrictId = next.get("district") + 1;
        String[] names = new String[districtCount];
        for (int i = 0; i < districtCount; i++) {
            names[i] = district(firstDistrictNo + i, code, i + 1, name, wardId);
        }
        return new Municipality(m, wardId, code, name, kana, city, firstDistrictId, names);
    }

    // ---- districts and their organizations ----------------------------------------------------------------------

    private record Person(String name, String kana, String phone, String address) {
    }

    private Person person(Random r, String municipality, String place) {
        DemoCatalog.Name s = catalog.surnames().get(r.nextInt(catalog.surnames().size()));
        DemoCatalog.Name g = catalog.givenNames().get(r.nextInt(catalog.givenNames().size()));
        return new Person(s.name() + " " + g.name(), s.kana() + " " + g.kana(), phone(r), municipality + place
                + (1 + r.nextInt(5)) + "丁目" + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(20)));
    }

    private long org(String code, String kind, String subKind, String name, String kana, Long district, Long ward,
            Long parent, LocalDate founded, boolean legal, LocalDate legalSince, boolean docs, boolean accounts,
            Person contact, String contactAddress, String email) {
        long id = id("organization");
        String k = TextNormalizer.reading(kana);
        add("organization", id, code, kind, subKind, name, k, TextNormalizer.searchKey(name, k, code), district, ward,
                parent, founded, legal, legalSince, docs, accounts, contact == null ? null : contact.name(),
                contact == null ? null : contact.phone(),
                contactAddress != null ? contactAddress : contact == null ? null : contact.address(), email, STAMP,
                STAMP);
        organizations++;
        return id;
    }

    private void officer(long org, OfficerRole role, Person p, LocalDate start, LocalDate end) {
        add("officer", id("officer"), org, role.name(), p.name(), p.kana(), p.phone(), p.address(), start, end, STAMP,
                STAMP);
        officers++;
    }

    /** One school district with its organizations, figures and statistics; returns its name. */
    private String district(int d, String municipalityCode, int no, String municipality, long wardId) {
        Random r = random(2, d, 0);
        DemoCatalog.DistrictName dn = catalog.districts().get(r.nextInt(catalog.districts().size()));
        String[] sfx = DISTRICT_SUFFIX[r.nextInt(DISTRICT_SUFFIX.length)];
        String name = dn.name() + sfx[0];
        String kana = TextNormalizer.reading(dn.kana() + sfx[1]);
        String code = municipalityCode + "-" + String.format("%03d", no);
        long districtId = id("district");
        String hall = name + "公民館";
        add("district", districtId, code, name, kana, TextNormalizer.searchKey(name, kana, code), wardId, hall, STAMP,
                STAMP);
        String place = municipality + name;

        Person secretary = person(r, municipality, name);
        boolean councilDocs = r.nextDouble() < 0.85;
        long council = org(code + "-C01", "DISTRICT_COUNCIL", null, name + "校区自治協議会", kana + "こうくじちきょうぎかい",
                districtId, null, null, date(r, 2004, 2005), false, null, councilDocs,
                councilDocs && r.nextDouble() < 0.85, secretary, place + "（" + hall + "内）",
                code.toLowerCase() + "@example.jp");
        officer(council, OfficerRole.CHAIR, person(r, municipality, name), april(2013 + 2 * r.nextInt(6)), null);
        officer(council, OfficerRole.VICE_CHAIR, person(r, municipality, name), april(2023 + 2 * r.nextInt(2)), null);
        officer(council, OfficerRole.TREASURER, person(r, municipality, name), april(2021 + 2 * r.nextInt(3)), null);
        officer(council, OfficerRole.SECRETARY_GENERAL, secretary, april(2019 + 2 * r.nextInt(4)), null);
        officer(council, OfficerRole.AUDITOR, person(r, municipality, name), april(2023 + 2 * r.nextInt(2)), null);

        int n = 5 + (int) (24 * Math.pow(r.nextDouble(), 1.3));
        int[] sums = new int[scale.years()];
        int blockNo = 0;
        List<String[]> names = associationNames(r, name, kana, n);
        for (int a = 0; a < n; a++) {
            String[] an = names.get(a);
            boolean estate = an[2] != null;
            Person chair = person(r, municipality, name);
            LocalDate founded = estate ? date(r, 1965, 2015) : date(r, 1952, 1997);
            boolean legal = !estate && r.nextDouble() < 0.15;
            LocalDate legalSince = null;
            if (legal) {
                int from = Math.max(1992, founded.getYear() + 5);
                legalSince = date(r, from, Math.max(from, 2022));
            }
            boolean docs = r.nextDouble() < 0.45;
            long assoc = org(code + "-A" + two(a + 1), "NEIGHBORHOOD_ASSOCIATION", null, an[0], an[1], districtId, null,
                    council, founded, legal, legalSince, docs, docs ? r.nextDouble() < 0.7 : r.nextDouble() < 0.1,
                    chair, null, null);
            associations++;
            officer(assoc, OfficerRole.CHAIR, chair, april(2017 + r.nextInt(9)), null);
            if (r.nextDouble() < 0.5) {
                officer(assoc, OfficerRole.TREASURER, person(r, municipality, name), april(2019 + r.nextInt(7)), null);
            }
            int households = estate ? 40 + (int) (760 * Math.pow(r.nextDouble(), 1.5))
                    : 20 + (int) (1180 * Math.pow(r.nextDouble(), 2.0));
            if (households >= 80 && r.nextDouble() < 0.08) {
                List<String[]> kumi = new ArrayList<>(List.of(KUMI));
                Collections.shuffle(kumi, r);
                for (int b = 2 + r.nextInt(3); b > 0; b--) {
                    String[] k = kumi.get(b);
                    org(code + "-B" + two(++blockNo), "BLOCK", null, an[0].replaceAll("(町内会|自治会)$", "") + k[0],
                            an[1].replaceAll("(ちょうないかい|じちかい)$", "") + k[1], districtId, null, assoc, null, false,
                            null, false, false, person(r, municipality, name), null, null);
                }
            }
            figures(r, assoc, estate, households, sums);
        }

        int groupNo = 0;
        for (Object[] g : RESIDENT_GROUPS) {
            if (r.nextDouble() >= (double) g[3]) {
                continue;
            }
            Person chair = person(r, municipality, name);
            long group = org(code + "-R" + two(++groupNo), "RESIDENT_GROUP", (String) g[0], name + g[1], kana + g[2],
                    districtId, null, council, date(r, (int) g[4], (int) g[5]), false, null, r.nextDouble() < 0.3,
                    r.nextDouble() < 0.3, chair, null, null);
            officer(group, OfficerRole.CHAIR, chair, april(2019 + r.nextInt(7)), null);
        }

        double cover = 1.03 + r.nextDouble() * 0.15;
        double perHousehold = 1.75 + r.nextDouble() * 0.5;
        for (int i = 0; i < sums.length; i++) {
            int h = (int) Math.round(sums[i] * cover);
            int pop = (int) Math.round(h * (perHousehold - 0.005 * i));
            add("district_statistics", id("district_statistics"), districtId, scale.firstYear() + i, pop, h, STAMP,
                    STAMP);
            statistics++;
        }
        return name;
    }

    /** {name, kana, estate marker or null}: 丁目 associations, town-name associations, apartment estates. */
    private List<String[]> associationNames(Random r, String district, String kana, int n) {
        List<String[]> names = new ArrayList<>();
        int estates = Math.min(n - 3, r.nextInt(3));
        int chome = Math.min(n - estates, 2 + r.nextInt(7));
        for (int c = 0; c < chome; c++) {
            boolean chonaikai = r.nextDouble() < 0.7;
            names.add(new String[] {district + CHOME[c][0] + (chonaikai ? "町内会" : "自治会"),
                kana + CHOME[c][1] + (chonaikai ? "ちょうないかい" : "じちかい"), null});
        }
        List<DemoCatalog.Name> towns = new ArrayList<>(catalog.towns());
        Collections.shuffle(towns, r);
        for (int t = 0; names.size() < n - estates; t++) {
            boolean chonaikai = r.nextDouble() < 0.55;
            DemoCatalog.Name town = towns.get(t % towns.size());
            String nth = t < towns.size() ? "" : "第" + (t / towns.size() + 1);
            String nthKana = t < towns.size() ? "" : "だい" + (t / towns.size() + 1);
            names.add(new String[] {district + town.name() + nth + (chonaikai ? "町内会" : "自治会"),
                kana + town.kana() + nthKana + (chonaikai ? "ちょうないかい" : "じちかい"), null});
        }
        List<String[]> kinds = new ArrayList<>(List.of(ESTATES));
        Collections.shuffle(kinds, r);
        for (int e = 0; e < estates; e++) {
            String[] k = kinds.get(e);
            names.add(new String[] {k[0] + district + k[2] + "自治会", k[1] + kana + k[3] + "じちかい", "estate"});
        }
        return names;
    }

    /** 加入世帯数 for every fiscal year: the city trend, the association's own level, noise and new buildings. */
    private void figures(Random r, long org, boolean estate, int households, int[] sums) {
        boolean weak = r.nextDouble() < (estate ? 0.4 : 0.1);
        double offset = weak ? -(0.24 + r.nextDouble() * 0.12) : 0.055 + r.nextGaussian() * 0.045;
        double slope = 0.5 + r.nextDouble();
        double drift = -0.01 + r.nextDouble() * 0.022;
        double u = r.nextDouble();
        AreaCountMethod method = u < 0.55 ? AreaCountMethod.RESIDENT_REGISTRY
                : u < 0.85 ? AreaCountMethod.OWN_COUNT : AreaCountMethod.SURVEY;
        double start = DemoCity.trend(scale.firstYear());
        double h = households;
        for (int i = 0; i < scale.years(); i++) {
            int fy = scale.firstYear() + i;
            String note = null;
            if (i > 0) {
                h *= 1 + drift + r.nextGaussian() * 0.012;
                int added = 30 + r.nextInt(91);
                if (r.nextDouble() < 0.03 && h + added <= 1200) {
                    h += added;
                    note = "新築マンション入居（約" + added + "世帯）";
                }
            }
            h = Math.max(20, Math.min(1200, h));
            int hh = (int) Math.round(h);
            double rate = start + (DemoCity.trend(fy) - start) * slope + offset + r.nextGaussian() * 0.012;
            rate = Math.max(0.15, Math.min(1.0, rate));
            int members = Math.min(hh, (int) Math.round(hh * rate));
            String source = switch (method) {
                case RESIDENT_REGISTRY -> "住民基本台帳（" + era(fy) + "4月1日現在）";
                case OWN_COUNT -> "町内会名簿による集計";
                case SURVEY -> "校区自治協議会 世帯数調査";
            };
            add("membership_figure", id("membership_figure"), org, fy, hh, members, method.name(), source, note, STAMP,
                    STAMP);
            figures++;
            sums[i] += hh;
        }
    }

    // ---- offices, requests and reviews --------------------------------------------------------------------------

    /** The review cycle of every fiscal year: the existing ones (the demo inventory's), and new ones for the rest. */
    private Map<Integer, Long> cycles(Connection c) throws SQLException {
        Map<Integer, Long> cycles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select fiscal_year, id from review_cycle");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                cycles.put(rs.getInt(1), rs.getLong(2));
            }
        }
        for (int fy = scale.firstYear(); fy <= scale.lastYear(); fy++) {
            if (!cycles.containsKey(fy)) {
                long id = id("review_cycle");
                OffsetDateTime at = OffsetDateTime.of(fy, 6, 1, 9, 0, 0, 0, JST);
                add("review_cycle", id, fy, fy - 1, era(fy) + "度 依頼等の見直し", fy < scale.lastYear() ? "CLOSED" : "OPEN",
                        "基準年度は前年度。全庁照会、自己評価を経て12月に決定する。", at, at);
                cycles.put(fy, id);
            }
        }
        return cycles;
    }

    private void offices(Municipality m, Map<Integer, Long> cycles) throws SQLException {
        long bureau = id("bureau");
        String office = m.name() + (m.city() ? "役所" : "役場");
        add("bureau", bureau, m.code(), office, m.kana() + (m.city() ? "やくしょ" : "やくば"), 1000 + m.index(), STAMP,
                STAMP);
        long department = id("department");
        String deptName = m.city() ? "市民部" : "住民課";
        add("department", department, bureau, m.code() + "-D", deptName, m.city() ? "しみんぶ" : "じゅうみんか", 10, STAMP,
                STAMP);
        long[] sections = new long[OFFICE_SECTIONS.length];
        String[] sectionNames = new String[OFFICE_SECTIONS.length];
        for (int s = 0; s < OFFICE_SECTIONS.length; s++) {
            String[] x = OFFICE_SECTIONS[s];
            sections[s] = id("section");
            sectionNames[s] = x[1];
            String code = m.code() + "-" + x[0];
            add("section", sections[s], department, code, x[1], x[2],
                    TextNormalizer.searchKey(x[1], x[2], code, deptName, office), 10 * (s + 1), STAMP, STAMP);
        }
        for (int fy = scale.firstYear(); fy <= scale.lastYear(); fy++) {
            requests(m, fy, sections, sectionNames, cycles.get(fy));
        }
    }

    /** This municipality's share of the year's requests, in proportion to its districts. */
    private int requestCount(Municipality m, int fy) {
        long perYear = scale.requests() / scale.years() + (fy - scale.firstYear() < scale.requests() % scale.years() ? 1 : 0);
        long before = m.firstDistrictId() - (base.get("district") + 1);
        long upTo = before + m.districtNames().length;
        return (int) (Math.round((double) perYear * upTo / scale.districts())
                - Math.round((double) perYear * before / scale.districts()));
    }

    private void requests(Municipality m, int fy, long[] sections, String[] sectionNames, long cycle) {
        int n = requestCount(m, fy);
        if (n <= 0) {
            return;
        }
        Random r = random(3, m.index(), fy);
        boolean latest = fy == scale.lastYear();
        List<DemoInventory.T> eligible = latest ? templates.stream().filter(DemoInventory.T::in2025).toList() : templates;
        int offset = r.nextInt(eligible.size());
        int districts = m.districtNames().length;
        long firstRequest = next.get("city_request") + 1;
        OffsetDateTime created = OffsetDateTime.of(fy, 4, 1, 9, 0, 0, 0, JST);
        for (int k = 0; k < n; k++) {
            DemoInventory.T t = eligible.get((k + offset) % eligible.size());
            long id = id("city_request");
            int s = SECTION_OF.getOrDefault(t.section(), 1);
            String code = String.format("%s-R%d-%04d", m.code(), fy, k + 1);
            RequestKind kind = latest && t.kind2025() != null ? t.kind2025() : t.kind();
            int[] months = latest && t.months2025() != null ? t.months2025() : t.months();
            boolean notice = kind == RequestKind.NOTICE;
            // beyond the templates, and for one in ten, the request goes to some of the districts only
            TreeSet<Long> targetDistricts = new TreeSet<>();
            String title = t.title();
            if (k >= eligible.size() || r.nextDouble() < 0.1) {
                int first = r.nextInt(districts);
                targetDistricts.add(m.firstDistrictId() + first);
                for (int extra = r.nextInt(3); extra > 0; extra--) {
                    targetDistricts.add(m.firstDistrictId() + r.nextInt(districts));
                }
                title = title + "（" + m.districtNames()[first] + "校区" + (targetDistricts.size() > 1 ? "ほか" : "") + "）";
            }
            int people = t.people() > 1 ? Math.max(1, t.people() + r.nextInt(3) - 1) : 1;
            BigDecimal hours = BigDecimal.valueOf(Math.max(1, Math.round(t.hours() * (0.8 + 0.4 * r.nextDouble()) * 4)))
                    .divide(BigDecimal.valueOf(4)).setScale(2, RoundingMode.UNNECESSARY);
            String status = !latest ? "ENDED" : r.nextDouble() < 0.03 ? "DRAFT" : "ACTIVE";
            int occurrences = months.length * t.times();
            List<String> kinds = t.receivers().stream().sorted().toList();
            List<Long> wards = targetDistricts.isEmpty() ? List.of(m.wardId()) : List.of();
            add("city_request", id, code, title, null, TextNormalizer.searchKey(title, code, sectionNames[s]),
                    sections[s], m.code() + "-" + OFFICE_SECTIONS[s][0], fy, kind.name(), t.channel().name(), false,
                    receiverKey(kinds, targetDistricts, wards), occurrences,
                    CityRequest.monthMask(Arrays.stream(months).boxed().toList()), t.deadlineDays(), null,
                    notice ? null : t.headCount(), !notice && t.mandatory(), people, hours, status, created, created);
            requests++;
            for (Ask a : new TreeSet<>(t.asks())) {
                add("city_request_ask", id, a.name());
            }
            for (String kc : kinds) {
                add("city_request_receiver_kind", id, kc);
            }
            for (int month : months) {
                add("city_request_month", id, month, t.times());
            }
            for (long w : wards) {
                add("city_request_ward", id, w);
            }
            for (long dId : targetDistricts) {
                add("city_request_district", id, dId);
            }
            if (t.review() != null && !"DRAFT".equals(status)) {
                reviewItem(t.review(), cycle, id, k > 0 ? firstRequest : firstRequest + 1, n > 1, fy, latest);
            }
        }
    }

    /** Same formula as the request feature's receiver key (merge candidates share it). */
    static String receiverKey(List<String> kinds, TreeSet<Long> districts, List<Long> wards) {
        String s = kinds.stream().sorted().collect(Collectors.joining(",")) + "|"
                + districts.stream().map(String::valueOf).collect(Collectors.joining(","))
                + (wards.isEmpty() ? "" : "|W" + wards.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The template's review in this year's cycle: the latest cycle as the demo inventory has it; the older cycles
     * closed, their decisions carried out and their open assessments decided as proposed.
     */
    private void reviewItem(DemoInventory.Review rv, long cycle, long request, long mergeTarget, boolean canMerge, int fy,
            boolean latest) {
        OffsetDateTime assessedAt = OffsetDateTime.of(fy, 7, 15, 10, 0, 0, 0, JST);
        OffsetDateTime decidedAt = OffsetDateTime.of(fy, 12, 10, 15, 0, 0, 0, JST);
        OffsetDateTime carriedAt = decidedAt.plusDays(20);
        ItemState state = rv.state();
        Decision decision = rv.decision();
        String reason = rv.reason();
        Integer effective = rv.effectiveYear() == null ? null : fy + rv.effectiveYear() - 2025;
        if (!latest && decision == null) {
            decision = rv.proposed();
            reason = rv.assessment();
            effective = fy + 1;
            state = ItemState.DECIDED;
        }
        if (decision == Decision.MERGE && !canMerge) {
            decision = Decision.KEEP;
        }
        if (decision != null && (!latest || decision == Decision.RECLASSIFY)) {
            state = ItemState.CARRIED_OUT;
        }
        Long flat = decision == Decision.COMPENSATE ? (rv.flat() != null ? rv.flat() : 10_000L) : null;
        Long perHousehold = decision == Decision.COMPENSATE ? (rv.perHousehold() != null ? rv.perHousehold() : 20L) : null;
        boolean carried = state == ItemState.CARRIED_OUT;
        OffsetDateTime updated = carried ? carriedAt : decision != null ? decidedAt : assessedAt;
        add("review_item", id("review_item"), cycle, request, state.name(), rv.assessment(), rv.proposed().name(), "dept",
                assessedAt, decision == null ? null : decision.name(), decision == null ? null : reason,
                decision == Decision.MERGE ? mergeTarget : null, decision == null ? null : effective,
                decision == null ? null : "office", decision == null ? null : decidedAt, flat, perHousehold,
                carried ? "office" : null, carried ? carriedAt : null, carried ? "翌年度の依頼から反映" : null, assessedAt,
                updated);
        reviewItems++;
    }
}
