package jp.kyodo.participation.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.participation.NewBuilding;
import jp.kyodo.participation.service.NewBuildings;

/**
 * 届出の取込 — the bulk form of POST/PUT /new-buildings for the notices the building section keeps: a row with a new
 * notice number adds the building, a known one updates its notice fields (a column left out keeps them). Districts,
 * associations and stored buildings are read in one statement each for the whole file.
 */
@ApplicationScoped
class BuildingNoticeImporter implements Importer<BuildingNoticeImporter.State> {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    record State(NewBuilding existing, String noticeNo, LocalDate noticeOn, String name, String address, District district,
            Organization association, int units, String developer, String managementCompany, LocalDate completionOn) {
    }

    @Override
    public DatasetSpec dataset() {
        return BuildingNoticeDataset.SPEC;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> notices = new LinkedHashSet<>();
        Set<String> districtCodes = new LinkedHashSet<>();
        Set<String> orgCodes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(notices, r.text("noticeNo"));
            Bulk.add(districtCodes, r.text("districtCode"));
            Bulk.add(orgCodes, r.text("associationCode"));
        }
        Map<String, NewBuilding> stored = Bulk.byKey(notices, keys -> em.createQuery("select b from NewBuilding b join fetch b.district"
                + " left join fetch b.organization where b.noticeNo in :k", NewBuilding.class).setParameter("k", keys).getResultList(), b -> b.noticeNo);
        Map<String, District> districts = Bulk.byKey(districtCodes, keys -> em.createQuery("from District d where d.code in :k",
                District.class).setParameter("k", keys).getResultList(), d -> d.code);
        Map<String, Organization> orgs = Bulk.byKey(orgCodes, keys -> em.createQuery("select o from Organization o left join fetch o.district"
                + " where o.code in :k", Organization.class).setParameter("k", keys).getResultList(), o -> o.code);
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String no = r.text("noticeNo");
            if (no == null) {
                r.error("noticeNo", "must not be blank", "NotBlank");
            } else {
                Integer first = firstRow.putIfAbsent(no, r.number());
                if (first != null) {
                    r.error("noticeNo", "already in row " + first, "Duplicate");
                }
            }
            NewBuilding b = no == null ? null : stored.get(no);
            if (b != null) {
                r.expectVersion(b.version);
            }
            LocalDate noticeOn = r.has("noticeOn") ? r.date("noticeOn") : b == null ? null : b.noticeOn;
            String name = r.has("name") ? r.text("name") : b == null ? null : b.name;
            String address = r.has("address") ? r.text("address") : b == null ? null : b.address;
            String developer = r.has("developer") ? r.text("developer") : b == null ? null : b.developer;
            Integer units = r.has("units") ? r.integer("units") : b == null ? null : Integer.valueOf(b.units);
            required(r, "noticeOn", noticeOn);
            required(r, "name", name);
            required(r, "address", address);
            required(r, "developer", developer);
            required(r, "units", units);
            length(r, "name", name, 200);
            length(r, "address", address, 300);
            length(r, "developer", developer, 200);
            District d = b == null ? null : b.district;
            if (r.has("districtCode")) {
                String code = r.text("districtCode");
                d = code == null ? null : districts.get(code);
                if (code == null) {
                    r.error("districtCode", "must not be blank", "NotBlank");
                } else if (d == null) {
                    r.error("districtCode", "no district has the code " + code, "Exists");
                }
            } else if (b == null) {
                r.error("districtCode", "must not be blank", "NotBlank");
            }
            Organization org = b == null ? null : b.organization;
            if (r.has("associationCode")) {
                String code = r.text("associationCode");
                org = code == null ? null : orgs.get(code);
                if (code != null && org == null) {
                    r.error("associationCode", "no organization has the code " + code, "Exists");
                }
            }
            if (org != null && d != null && !Objects.equals(org.districtId(), d.id)) {
                r.error("associationCode", "the organization is of another district", "SameDistrict");
            }
            if (units != null && (units < 1 || units > 100000)) {
                r.error("units", "between 1 and 100000", "Range");
            } else if (units != null && b != null && units < b.joinedUnits) {
                r.error("units", "fewer than the " + b.joinedUnits + " units that joined", "JoinedUnits");
            }
            String management = r.has("managementCompany") ? r.text("managementCompany") : b == null ? null : b.managementCompany;
            length(r, "managementCompany", management, 200);
            LocalDate completion = r.has("completionOn") ? r.date("completionOn") : b == null ? null : b.completionOn;
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, no));
                continue;
            }
            State s = new State(b, no, noticeOn, name, address, d, org, units, developer, Strings.blankToNull(management), completion);
            List<String> changed = new ArrayList<>();
            if (b != null) {
                diff(changed, "noticeOn", b.noticeOn, noticeOn);
                diff(changed, "name", b.name, name);
                diff(changed, "address", b.address, address);
                diff(changed, "districtCode", b.district.id, d.id);
                diff(changed, "associationCode", b.organization == null ? null : b.organization.id, org == null ? null : org.id);
                diff(changed, "units", b.units, units);
                diff(changed, "developer", b.developer, developer);
                diff(changed, "managementCompany", b.managementCompany, s.managementCompany());
                diff(changed, "completionOn", b.completionOn, completion);
            }
            plan.add(Planned.of(r, no, b != null, changed, s));
        }
        return plan;
    }

    static void required(ImportRow r, String column, Object value) {
        if (value == null && !r.hasError(column)) {
            r.error(column, "must not be blank", "NotBlank");
        }
    }

    static void length(ImportRow r, String column, String value, int max) {
        if (value != null && value.length() > max) {
            r.error(column, "at most " + max + " characters", "Size");
        }
    }

    static void diff(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    @Override
    public void apply(List<Planned<State>> plan) {
        ImportWrites.apply(writes, NewBuildings.BUILDING, plan, State::existing, s -> new NewBuilding(), (b, s) -> {
            b.noticeNo = s.noticeNo();
            b.noticeOn = s.noticeOn();
            b.name = s.name().strip();
            b.address = s.address().strip();
            b.district = s.district();
            b.organization = s.association();
            b.units = s.units();
            b.developer = s.developer().strip();
            b.managementCompany = s.managementCompany();
            b.completionOn = s.completionOn();
            b.searchKey = NewBuildings.searchKey(b);
        });
    }
}
