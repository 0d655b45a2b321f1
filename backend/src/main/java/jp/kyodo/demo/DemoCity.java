package jp.kyodo.demo;

import static jp.kyodo.demo.DemoVocabulary.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.membership.AreaCountMethod;
import jp.kyodo.organization.OfficerRole;

/**
 * A fictitious city modelled on Fukuoka, generated in memory: wards, school districts with resident statistics,
 * the organization tree of each district (council → associations → blocks, resident groups), ward-level groups,
 * the city-wide council, civic groups, officers, yearly membership figures, demo accounts and liaison
 * assignments. Rows refer to each other by code; {@link DemoDataLoader} writes them and resolves the ids.
 *
 * <p>Deterministic: every district draws from its own {@link Random} seeded from {@link #SEED} and its code, so
 * the same configuration always gives the same city (stable tests and screenshots), and the demo districts look
 * alike at every scale. All names, people, addresses and phone numbers are made up.
 */
public final class DemoCity {

    public static final long SEED = 20250401L;
    public static final String CITY = "福岡市";

    // ---- rows -------------------------------------------------------------------------------------------------

    public record WardRow(String code, String name, String kana, String searchKey) {
    }

    public record DistrictRow(String code, String wardCode, String name, String kana, String searchKey,
            String communityHall) {
    }

    public record StatisticsRow(String districtCode, int fiscalYear, int population, int households) {
    }

    /** An organization; {@code depth} 0 has no parent, and a parent always has a smaller depth. */
    public record OrganizationRow(String code, String kind, String subKind, String name, String kana, String searchKey,
            String districtCode, String wardCode, String parentCode, int depth, LocalDate foundedOn,
            boolean legalEntity, LocalDate legalEntitySince, boolean publishesAssemblyDocuments,
            boolean publishesAccounts, String contactName, String contactPhone, String contactAddress,
            String contactEmail) {
    }

    public record OfficerRow(String organizationCode, OfficerRole role, String personName, String personKana,
            String phone, String address, LocalDate termStart, LocalDate termEnd) {
    }

    public record FigureRow(String organizationCode, int fiscalYear, int households, int memberHouseholds,
            AreaCountMethod areaCountMethod, String source, String note) {
    }

    public record Account(String username, String displayName, String role, String password) {
    }

    public record Assignment(String username, String districtCode, LocalDate startsOn, LocalDate endsOn) {
    }

    public final DemoScale scale;
    public final List<WardRow> wards = new ArrayList<>();
    public final List<DistrictRow> districts = new ArrayList<>();
    public final List<StatisticsRow> statistics = new ArrayList<>();
    public final List<OrganizationRow> organizations = new ArrayList<>();
    public final List<OfficerRow> officers = new ArrayList<>();
    public final List<FigureRow> figures = new ArrayList<>();
    public final List<Account> accounts = new ArrayList<>();
    public final List<Assignment> assignments = new ArrayList<>();

    private final DemoCatalog catalog;

    private DemoCity(DemoCatalog catalog, DemoScale scale) {
        this.catalog = catalog;
        this.scale = scale;
    }

    public static DemoCity generate(DemoScale scale) {
        return generate(DemoCatalog.load(), scale);
    }

    public static DemoCity generate(DemoCatalog catalog, DemoScale scale) {
        DemoCity c = new DemoCity(catalog, scale);
        c.build();
        return c;
    }

    public long countOrganizations(String kind) {
        return organizations.stream().filter(o -> o.kind().equals(kind)).count();
    }

    // ---- generation -------------------------------------------------------------------------------------------

    private void build() {
        Map<String, List<DemoCatalog.Name>> chosen = DemoDistrictNames.choose(catalog, scale);
        for (DemoCatalog.Ward w : catalog.wards()) {
            String kana = TextNormalizer.reading(w.kana());
            wards.add(new WardRow(w.code(), w.name(), kana, TextNormalizer.searchKey(w.name(), kana, w.code())));
        }
        for (DemoCatalog.Ward w : catalog.wards()) {
            int no = 0;
            for (DemoCatalog.Name dn : chosen.get(w.code())) {
                district(w, ++no, dn);
            }
        }
        for (DemoCatalog.Ward w : catalog.wards()) {
            wardGroups(w);
        }
        cityWide();
        accounts();
    }

    private record Person(String name, String kana, String phone, String address) {
    }

    private Person person(Random r, String wardName, String place) {
        DemoCatalog.Name s = catalog.surnames().get(r.nextInt(catalog.surnames().size()));
        DemoCatalog.Name g = catalog.givenNames().get(r.nextInt(catalog.givenNames().size()));
        return new Person(s.name() + " " + g.name(), s.kana() + " " + g.kana(), phone(r),
                CITY + wardName + place + (1 + r.nextInt(5)) + "丁目" + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(20)));
    }

    private void officer(String org, OfficerRole role, Person p, LocalDate start, LocalDate end) {
        officers.add(new OfficerRow(org, role, p.name(), p.kana(), p.phone(), p.address(), start, end));
    }

    private OrganizationRow org(String code, String kind, String subKind, String name, String kana, String district,
            String ward, OrganizationRow parent, LocalDate founded, boolean legal, LocalDate legalSince, boolean docs,
            boolean accounts, Person contact, String contactAddress, String email) {
        String k = TextNormalizer.reading(kana);
        OrganizationRow o = new OrganizationRow(code, kind, subKind, name, k, TextNormalizer.searchKey(name, k, code),
                district, ward, parent == null ? null : parent.code(), parent == null ? 0 : parent.depth() + 1,
                founded, legal, legalSince, docs, accounts, contact == null ? null : contact.name(),
                contact == null ? null : contact.phone(), contactAddress != null ? contactAddress
                        : contact == null ? null : contact.address(), email);
        organizations.add(o);
        return o;
    }

    /** City-wide trend of the join rate: 88% (FY2016) → 85% (FY2021) → 78% (FY2025). */
    static double trend(int fy) {
        return fy <= 2021 ? 0.85 + 0.006 * (2021 - fy) : 0.85 - 0.0175 * (fy - 2021);
    }

    private record AssociationName(String town, String townKana, String suffix, String suffixKana, boolean estate,
            int chome) {
    }

    private List<AssociationName> associationNames(Random r, DemoCatalog.Name d, int n) {
        int estates = Math.min(n - 3, r.nextInt(3));
        int chome = Math.min(n - estates, 2 + r.nextInt(7));
        List<AssociationName> names = new ArrayList<>();
        for (int c = 0; c < chome; c++) {
            boolean chonaikai = r.nextDouble() < 0.7;
            names.add(new AssociationName(d.name() + CHOME[c][0], d.kana() + CHOME[c][1],
                    chonaikai ? "町内会" : "自治会", chonaikai ? "ちょうないかい" : "じちかい", false, c + 1));
        }
        List<DemoCatalog.Name> towns = new ArrayList<>(catalog.towns());
        Collections.shuffle(towns, r);
        for (int t = 0; t < n - estates - chome; t++) {
            boolean chonaikai = r.nextDouble() < 0.55;
            DemoCatalog.Name town = towns.get(t);
            names.add(new AssociationName(d.name() + town.name(), d.kana() + town.kana(),
                    chonaikai ? "町内会" : "自治会", chonaikai ? "ちょうないかい" : "じちかい", false, 0));
        }
        List<String[]> kinds = new ArrayList<>(List.of(ESTATES));
        Collections.shuffle(kinds, r);
        for (int e = 0; e < estates; e++) {
            String[] k = kinds.get(e);
            names.add(new AssociationName(k[0] + d.name() + k[2], k[1] + d.kana() + k[3], "自治会", "じちかい", true, 0));
        }
        return names;
    }

    private void district(DemoCatalog.Ward w, int no, DemoCatalog.Name dn) {
        String code = w.code() + "-" + two(no);
        Random r = new Random(SEED ^ (code.hashCode() * 0x9E3779B97F4A7C15L));
        String kana = TextNormalizer.reading(dn.kana());
        String hall = dn.name() + "公民館";
        districts.add(new DistrictRow(code, w.code(), dn.name(), kana, TextNormalizer.searchKey(dn.name(), kana, code),
                hall));
        String place = dn.name();
        String hallAddress = CITY + w.name() + place + (1 + r.nextInt(4)) + "丁目" + (1 + r.nextInt(20)) + "-"
                + (1 + r.nextInt(15)) + "（" + hall + "内）";

        // 自治協議会 and its officers
        Person secretary = person(r, w.name(), place);
        boolean councilDocs = r.nextDouble() < 0.85;
        OrganizationRow council = org(code + "-C01", "DISTRICT_COUNCIL", null, dn.name() + "校区自治協議会",
                dn.kana() + "こうくじちきょうぎかい", code, null, null, date(r, 2004, 2005), false, null, councilDocs,
                councilDocs && r.nextDouble() < 0.85, secretary, hallAddress, code.toLowerCase() + "@example.jp");
        double p = r.nextDouble();
        if (p < 0.35) { // the chair retired at the end of FY2024: a letter of thanks
            officer(council.code(), OfficerRole.CHAIR, person(r, w.name(), place), april(2015 + 2 * r.nextInt(4)),
                    march(2024));
            officer(council.code(), OfficerRole.CHAIR, person(r, w.name(), place), april(2025), null);
        } else if (p < 0.55) {
            officer(council.code(), OfficerRole.CHAIR, person(r, w.name(), place), april(2011 + 2 * r.nextInt(5)),
                    march(2022));
            officer(council.code(), OfficerRole.CHAIR, person(r, w.name(), place), april(2023), null);
        } else {
            officer(council.code(), OfficerRole.CHAIR, person(r, w.name(), place), april(2013 + 2 * r.nextInt(6)), null);
        }
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            officer(council.code(), OfficerRole.VICE_CHAIR, person(r, w.name(), place), april(2023 + 2 * r.nextInt(2)),
                    null);
        }
        officer(council.code(), OfficerRole.TREASURER, person(r, w.name(), place), april(2021 + 2 * r.nextInt(3)), null);
        officer(council.code(), OfficerRole.SECRETARY_GENERAL, secretary, april(2019 + 2 * r.nextInt(4)), null);
        officer(council.code(), OfficerRole.AUDITOR, person(r, w.name(), place), april(2023 + 2 * r.nextInt(2)), null);
        officer(council.code(), OfficerRole.AUDITOR, person(r, w.name(), place), april(2023 + 2 * r.nextInt(2)), null);

        // 自治会・町内会 with blocks, officers and yearly figures
        int n = 5 + (int) (11 * Math.pow(r.nextDouble(), 1.6));
        int[] sums = new int[scale.years()];
        int blockNo = 0;
        int assocNo = 0;
        for (AssociationName an : associationNames(r, dn, n)) {
            String ac = code + "-A" + two(++assocNo);
            Person chair = person(r, w.name(), place);
            if (an.chome() > 0) {
                chair = new Person(chair.name(), chair.kana(), chair.phone(), CITY + w.name() + place + CHOME[an.chome() - 1][0]
                        + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(20)));
            }
            // 町内会 were dissolved by ordinance in 1947 and re-formed from 1952
            LocalDate founded = an.estate() ? date(r, 1965, 2015) : date(r, 1952, 1997);
            boolean legal = !an.estate() && r.nextDouble() < 0.15;
            LocalDate legalSince = null;
            if (legal) {
                int from = Math.max(1992, founded.getYear() + 5);
                legalSince = date(r, from, Math.max(from, 2022));
            }
            boolean docs = r.nextDouble() < 0.45;
            OrganizationRow a = org(ac, "NEIGHBORHOOD_ASSOCIATION", null, an.town() + an.suffix(),
                    an.townKana() + an.suffixKana(), code, null, council, founded, legal, legalSince, docs,
                    docs ? r.nextDouble() < 0.7 : r.nextDouble() < 0.1, chair, null, null);
            officer(ac, OfficerRole.CHAIR, chair, april(2017 + r.nextInt(9)), null);
            if (r.nextDouble() < 0.5) {
                officer(ac, OfficerRole.TREASURER, person(r, w.name(), place), april(2019 + r.nextInt(7)), null);
            }
            int households = an.estate() ? 40 + (int) (760 * Math.pow(r.nextDouble(), 1.5))
                    : 20 + (int) (1180 * Math.pow(r.nextDouble(), 2.0));
            if (households >= 80 && r.nextDouble() < 0.15) {
                List<String[]> kumi = new ArrayList<>(List.of(KUMI));
                Collections.shuffle(kumi, r);
                int blocks = 2 + r.nextInt(4);
                for (int b = 0; b < blocks; b++) {
                    String[] k = kumi.get(b);
                    org(code + "-B" + two(++blockNo), "BLOCK", null, an.town() + k[0], an.townKana() + k[1], code, null,
                            a, null, false, null, false, false, person(r, w.name(), place), null, null);
                }
            }
            figures(r, a, an, households, sums);
        }

        // 各種住民団体 under the council
        int groupNo = 0;
        for (Object[] g : RESIDENT_GROUPS) {
            if (r.nextDouble() >= (double) g[3]) {
                continue;
            }
            Person chair = person(r, w.name(), place);
            String gc = code + "-R" + two(++groupNo);
            org(gc, "RESIDENT_GROUP", (String) g[0], dn.name() + g[1], dn.kana() + g[2], code, null, council,
                    date(r, (int) g[4], (int) g[5]), false, null, r.nextDouble() < 0.3, r.nextDouble() < 0.3, chair,
                    null, null);
            officer(gc, OfficerRole.CHAIR, chair, april(2019 + r.nextInt(7)), null);
        }

        // resident statistics: the associations' areas cover most of the district
        double cover = 1.03 + r.nextDouble() * 0.15;
        double perHousehold = 1.75 + r.nextDouble() * 0.5;
        for (int i = 0; i < sums.length; i++) {
            int h = (int) Math.round(sums[i] * cover);
            int pop = (int) Math.round(h * (perHousehold - 0.005 * i));
            statistics.add(new StatisticsRow(code, scale.firstYear() + i, pop, h));
        }
    }

    /** 加入世帯数 for every fiscal year: the city trend, the association's own level, noise and new buildings. */
    private void figures(Random r, OrganizationRow a, AssociationName an, int households, int[] sums) {
        boolean weak = r.nextDouble() < (an.estate() ? 0.4 : 0.1);
        double offset = weak ? -(0.24 + r.nextDouble() * 0.12) : 0.055 + r.nextGaussian() * 0.045;
        double slope = 0.5 + r.nextDouble();
        double drift = -0.01 + r.nextDouble() * 0.022;
        double u = r.nextDouble();
        AreaCountMethod method = u < 0.55 ? AreaCountMethod.RESIDENT_REGISTRY
                : u < 0.85 ? AreaCountMethod.OWN_COUNT : AreaCountMethod.SURVEY;
        double start = trend(scale.firstYear());
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
            double rate = start + (trend(fy) - start) * slope + offset + r.nextGaussian() * 0.012;
            rate = Math.max(0.15, Math.min(1.0, rate));
            int members = Math.min(hh, (int) Math.round(hh * rate));
            String source = switch (method) {
                case RESIDENT_REGISTRY -> "住民基本台帳（" + era(fy) + "4月1日現在）";
                case OWN_COUNT -> "町内会名簿による集計";
                case SURVEY -> "校区自治協議会 世帯数調査";
            };
            figures.add(new FigureRow(a.code(), fy, hh, members, method, source, note));
            sums[i] += hh;
        }
    }

    private void wardGroups(DemoCatalog.Ward w) {
        Random r = new Random(SEED ^ (w.code().hashCode() * 0x9E3779B97F4A7C15L));
        List<String[]> groups = new ArrayList<>(List.of(WARD_GROUPS[0], WARD_GROUPS[1]));
        if (r.nextDouble() < 0.6) {
            groups.add(WARD_GROUPS[2]);
        }
        if (r.nextDouble() < 0.5) {
            groups.add(WARD_GROUPS[3 + r.nextInt(3)]);
        }
        int no = 0;
        for (String[] g : groups) {
            Person chair = person(r, w.name(), "");
            String code = w.code() + "-W" + two(++no);
            org(code, "WARD_GROUP", g[0].isEmpty() ? null : g[0], w.name() + g[1], w.kana() + g[2], null, w.code(),
                    null, date(r, 1982, 1995), false, null, true, r.nextDouble() < 0.5, chair,
                    CITY + w.name() + "役所 地域支援課内", null);
            officer(code, OfficerRole.CHAIR, chair, april(2021 + 2 * r.nextInt(3)), null);
        }
    }

    private void cityWide() {
        Random r = new Random(SEED);
        Person chair = person(r, "中央区", "天神");
        Person secretary = person(r, "中央区", "天神");
        String k = "CTY-K01";
        org(k, "CITY_COUNCIL", null, "校区自治協議会連絡協議会", "こうくじちきょうぎかいれんらくきょうぎかい", null, null, null,
                LocalDate.of(2005, 4, 1), false, null, true, true, secretary, CITY + "中央区天神1丁目8-1（市役所 地域コミュニティ課内）",
                "renrakukyogikai@example.jp");
        officer(k, OfficerRole.CHAIR, chair, april(2023), null);
        officer(k, OfficerRole.VICE_CHAIR, person(r, "博多区", "博多"), april(2023), null);
        officer(k, OfficerRole.SECRETARY_GENERAL, secretary, april(2021), null);
        List<String[]> civic = new ArrayList<>();
        civic.add(new String[] {"NPO法人ふくおか子ども食堂ネットワーク", "えぬぴーおーほうじんふくおかこどもしょくどうねっとわーく", null});
        civic.add(new String[] {"博多まちづくり市民の会", "はかたまちづくりしみんのかい", null});
        for (String[] t : CIVIC_THEMES) {
            for (WardRow w : wards) {
                civic.add(new String[] {w.name() + t[0], w.kana() + t[1], w.code()});
            }
        }
        for (int i = 0; i < Math.min(scale.civicGroups(), civic.size()); i++) {
            String[] c = civic.get(i);
            Person rep = person(r, "中央区", "大名");
            String code = "CTY-N" + two(i + 1);
            org(code, "CIVIC_GROUP", null, c[0], c[1], null, c[2], null, date(r, 2003, 2019), false, null,
                    r.nextDouble() < 0.6, r.nextDouble() < 0.6, rep, null, code.toLowerCase() + "@example.jp");
            officer(code, OfficerRole.CHAIR, rep, april(2018 + r.nextInt(8)), null);
        }
    }

    private void accounts() {
        accounts.add(new Account("office", "井上 誠（地域コミュニティ課）", Roles.OFFICE, "office-demo-pass"));
        accounts.add(new Account("liaison", "古賀 健一（東区 校区担当）", Roles.LIAISON, "liaison-demo-pass"));
        accounts.add(new Account("liaison2", "松尾 美穂（西区 校区担当）", Roles.LIAISON, "liaison2-demo-pass"));
        accounts.add(new Account("dept", "清水 浩二（環境局）", Roles.DEPARTMENT, "dept-demo-pass"));
        accounts.add(new Account("committee", "白石 節子（推進委員）", Roles.COMMITTEE, "committee-demo-pass"));
        assign("liaison", "HGS", 4);
        assign("liaison2", "NSI", 4);
        // the liaison's earlier district, before the April 2025 rotation
        districts.stream().filter(d -> d.wardCode().equals("HKT")).findFirst().ifPresent(
                d -> assignments.add(new Assignment("liaison", d.code(), april(2023), march(2024))));
    }

    private void assign(String username, String wardCode, int count) {
        districts.stream().filter(d -> d.wardCode().equals(wardCode)).limit(count)
                .forEach(d -> assignments.add(new Assignment(username, d.code(), april(2025), null)));
    }
}
