package jp.kyodo.district.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.district.District;
import jp.kyodo.district.DistrictMoved;
import jp.kyodo.district.DistrictMoves;
import jp.kyodo.district.DistrictDtos.DistrictRequest;
import jp.kyodo.district.service.DistrictService;
import jp.kyodo.ward.Ward;

/** 校区の取込 — districts by code; the ward by its code. Rules: those of DistrictRequest. */
@ApplicationScoped
class DistrictImporter implements Importer<DistrictImporter.State> {

    private static final Map<String, String> COLUMNS = Map.of("wardId", "wardCode");

    @Inject
    jakarta.enterprise.event.Event<DistrictMoves> moves;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<DistrictMoved> moved;

    @Inject
    Writes writes;

    /** What a valid row stores, normalized as DistrictService stores it. */
    record State(District existing, String code, String name, String kana, Ward ward, String communityHall,
            String note) {
    }

    @Override
    public DatasetSpec dataset() {
        return DistrictDataset.SPEC;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> wardCodes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("code"));
            Bulk.add(wardCodes, r.text("wardCode"));
        }
        Map<String, District> stored = Bulk.byKey(codes, keys -> em.createQuery(
                "select d from District d join fetch d.ward where d.code in :keys", District.class)
                .setParameter("keys", keys).getResultList(), d -> d.code);
        Map<String, Ward> wards = Bulk.byKey(wardCodes, keys -> em.createQuery(
                "from Ward w where w.code in :keys", Ward.class).setParameter("keys", keys).getResultList(),
                w -> w.code);

        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String code = r.text("code");
            if (code != null) {
                Integer first = firstRow.putIfAbsent(code, r.number());
                if (first != null) {
                    r.error("code", "the same code is already in row " + first, "Duplicate");
                }
            }
            District d = code == null ? null : stored.get(code);
            if (code != null) {
                r.expectVersion(d == null ? null : d.version);
            }
            String name = r.has("name") ? r.text("name") : d == null ? null : d.name;
            String kana = r.has("kana") ? r.text("kana") : d == null ? null : d.kana;
            Ward ward = d == null ? null : d.ward;
            if (r.has("wardCode")) {
                String wardCode = r.text("wardCode");
                ward = wardCode == null ? null : wards.get(wardCode);
                if (wardCode != null && ward == null) {
                    r.error("wardCode", "no ward has the code '" + wardCode + "'", "Exists");
                }
            }
            String hall = r.has("communityHall") ? r.text("communityHall") : d == null ? null : d.communityHall;
            String note = r.has("note") ? r.text("note") : d == null ? null : d.note;
            r.violations(validator.validate(new DistrictRequest(code, name, kana, ward == null ? null : ward.id,
                    hall, note)), COLUMNS);
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, code));
                continue;
            }
            State s = new State(d, code, name.strip(), TextNormalizer.reading(kana), ward, Strings.blankToNull(hall),
                    Strings.blankToNull(note));
            plan.add(Planned.of(r, code, d != null, d == null ? List.of() : changes(d, s), s));
        }
        return plan;
    }

    private static List<String> changes(District d, State s) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(d.name, s.name())) {
            changed.add("name");
        }
        if (!Objects.equals(d.kana, s.kana())) {
            changed.add("kana");
        }
        if (!Objects.equals(d.ward.id, s.ward().id)) {
            changed.add("wardCode");
        }
        if (!Objects.equals(d.communityHall, s.communityHall())) {
            changed.add("communityHall");
        }
        if (!Objects.equals(d.note, s.note())) {
            changed.add("note");
        }
        return changed;
    }

    /** Each changed row through the one write path, so its history reads as an edit through the API. */
    @Override
    public void apply(List<Planned<State>> plan) {
        List<DistrictMoves.Move> shifts = new ArrayList<>();
        // the stored districts' wards before the rows are written, to tell who keeps figures by ward of the moves
        java.util.Map<Long, Long> wardBefore = new java.util.HashMap<>();
        for (Planned<State> p : plan) {
            District d = p.state().existing();
            if (p.changes() && d != null) {
                wardBefore.put(d.id, d.ward.id);
                if (d.ward != null && p.state().ward() != null && !d.ward.id.equals(p.state().ward().id)) {
                    shifts.add(new DistrictMoves.Move(d.id, d.ward.id, p.state().ward().id));
                }
            }
        }
        if (!shifts.isEmpty()) {
            moves.fire(new DistrictMoves(shifts, false));
        }
        ImportWrites.apply(writes, DistrictService.DISTRICT, plan, State::existing, s -> new District(),
                DistrictImporter::fill);
        if (!shifts.isEmpty()) {
            moves.fire(new DistrictMoves(shifts, true));
        }
        for (Planned<State> p : plan) {
            District d = p.state().existing();
            if (d != null && wardBefore.containsKey(d.id)) {
                DistrictService.firedIfMoved(moved, d.id, wardBefore.get(d.id), d.ward.id);
            }
        }
    }

    private static void fill(District d, State s) {
        DistrictService.fill(d, s.code(), s.name(), s.kana(), s.ward(), s.communityHall(), s.note());
    }
}
