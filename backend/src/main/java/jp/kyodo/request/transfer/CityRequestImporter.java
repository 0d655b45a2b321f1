package jp.kyodo.request.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.department.Section;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.request.Ask;
import jp.kyodo.request.Channel;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.burden.KeptBurden;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.MonthTimes;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.rules.RuleService;
import jp.kyodo.request.service.CityRequestCommands;
import jp.kyodo.request.service.CityRequestService;
import jp.kyodo.request.service.RequestPolicy;

/**
 * 依頼等の取込 — the inventory as departments send it in spreadsheets, by code. The same checks as the API: Bean
 * Validation of CityRequestInput, stored sections / kinds / districts, the refusal rules (a row that breaks one is
 * invalid, its error coded with the rule id), and a department imports only its own section's requests.
 * Stored records are read in bulk (one query per kind of record), never per row.
 */
@ApplicationScoped
public class CityRequestImporter implements Importer<CityRequestImporter.State> {

    static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("sectionId", "sectionCode"),
            Map.entry("districtIds", "districtCodes"), Map.entry("schedule", "months"), Map.entry("allDistricts", "districtCodes"), Map.entry("wardIds", "wardCodes"));

    @Inject
    KeptBurden burden;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Writes writes;

    @Inject
    CityRequestCommands commands;

    @Inject
    CurrentUser caller;

    @Inject
    RequestPolicy policy;

    public record State(CityRequest existing, CityRequestInput input, Section section, String code) {
    }

    @Override
    public DatasetSpec dataset() {
        return CityRequestDataset.SPEC;
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[;,、\\n]+")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> districtCodes = new HashSet<>();
        for (ImportRow r : rows) {
            if (r.text("code") != null) {
                codes.add(r.text("code"));
            }
            districtCodes.addAll(split(r.text("districtCodes")));
        }
        Map<String, CityRequest> stored = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("select r from CityRequest r join fetch r.section where r.code in :codes", CityRequest.class)
                    .setParameter("codes", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()
                    .forEach(x -> stored.put(x.code, x));
        }
        Map<String, Section> sections = new HashMap<>();
        em.createQuery("select s from Section s join fetch s.department d join fetch d.bureau", Section.class)
                .getResultList().forEach(s -> sections.put(s.code, s));
        Map<String, Long> districts = new HashMap<>();
        List<String> dc = new ArrayList<>(districtCodes);
        for (int i = 0; i < dc.size(); i += 1000) {
            for (Object[] d : em.createQuery("select d.code, d.id from District d where d.code in :codes", Object[].class)
                    .setParameter("codes", dc.subList(i, Math.min(dc.size(), i + 1000))).getResultList()) {
                districts.put((String) d[0], (Long) d[1]);
            }
        }
        // wards by code or by name (few: read them all)
        Map<String, Long> wards = new HashMap<>();
        for (Object[] w : em.createQuery("select w.code, w.name, w.id from Ward w", Object[].class).getResultList()) {
            wards.put((String) w[0], (Long) w[2]);
            wards.putIfAbsent((String) w[1], (Long) w[2]);
        }
        Map<String, String> kinds = new HashMap<>();
        for (OrganizationKind k : OrganizationKind.<OrganizationKind>listAll()) {
            kinds.put(k.code, k.code);
            kinds.put(TextNormalizer.fold(k.labelJa), k.code);
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String code = r.text("code");
            if (code == null) {
                r.error("code", "must not be blank", "NotBlank");
            } else {
                Integer first = firstRow.putIfAbsent(code, r.number());
                if (first != null) {
                    r.error("code", "the same code is already in row " + first, "Duplicate");
                }
            }
            CityRequest e = code == null ? null : stored.get(code);
            if (code != null) {
                r.expectVersion(e == null ? null : e.version);
            }
            if (e != null && !policy.canWrite(e.section.id)) {
                r.error("sectionCode", "a department imports only its own section's requests", "Forbidden");
            }
            String title = r.has("title") ? r.text("title") : e == null ? null : e.title;
            Section section = null;
            String sectionCode = r.has("sectionCode") ? r.text("sectionCode") : e == null ? null : e.section.code;
            if (sectionCode != null) {
                section = sections.get(sectionCode);
                if (section == null) {
                    r.error("sectionCode", "no section has the code '" + sectionCode + "'", "Exists");
                } else if (!policy.canWrite(section.id)) {
                    r.error("sectionCode", "a department imports only its own section's requests", "Forbidden");
                }
            }
            Integer fy = r.has("fiscalYear") ? r.integer("fiscalYear") : e == null ? null : e.fiscalYear;
            RequestKind kind = r.has("kind") ? kind(r) : e == null ? null : e.kind;
            List<Ask> asks = r.has("asks") ? asks(r) : e == null ? null : new ArrayList<>(e.asks);
            List<String> receiverKinds = e == null ? null : new ArrayList<>(e.receiverKinds);
            if (r.has("receiverKinds")) {
                receiverKinds = new ArrayList<>();
                for (String k : split(r.text("receiverKinds"))) {
                    String c = kinds.getOrDefault(k, kinds.get(TextNormalizer.fold(k)));
                    if (c == null) {
                        r.error("receiverKinds", "no organization kind '" + k + "'", "Exists");
                    } else if (!receiverKinds.contains(c)) {
                        receiverKinds.add(c);
                    }
                }
            }
            boolean allDistricts = e == null || e.allDistricts;
            List<Long> districtIds = e == null ? List.of() : new ArrayList<>(e.districtIds);
            List<Long> wardIds = e == null ? List.of() : new ArrayList<>(e.wardIds);
            if (r.has("wardCodes")) {
                wardIds = new ArrayList<>();
                for (String n : split(r.text("wardCodes"))) {
                    Long id = wards.get(n);
                    if (id == null) {
                        r.error("wardCodes", "no ward has the code or name '" + n + "'", "Exists");
                    } else if (!wardIds.contains(id)) {
                        wardIds.add(id);
                    }
                }
                if (!wardIds.isEmpty() && !r.has("districtCodes")) {
                    allDistricts = false;
                }
            }
            if (r.has("districtCodes")) {
                List<String> names = split(r.text("districtCodes"));
                boolean allMarker = names.size() == 1 && (names.get(0).equalsIgnoreCase("ALL") || names.get(0).equals("全校区"));
                // blank means every district only when no ward is named either
                allDistricts = allMarker || names.isEmpty() && wardIds.isEmpty();
                districtIds = new ArrayList<>();
                if (!allDistricts) {
                    for (String n : names) {
                        Long id = districts.get(n);
                        if (id == null) {
                            r.error("districtCodes", "no district has the code '" + n + "'", "Exists");
                        } else if (!districtIds.contains(id)) {
                            districtIds.add(id);
                        }
                    }
                }
            }
            Channel channel = r.has("channel") ? channel(r) : e == null ? null : e.channel;
            List<MonthTimes> schedule = e == null ? null
                    : e.schedule.entrySet().stream().map(x -> new MonthTimes(x.getKey(), x.getValue())).toList();
            if (r.has("months")) {
                schedule = months(r);
            }
            Integer deadlineDays = r.has("deadlineDays") ? r.integer("deadlineDays") : e == null ? null : e.deadlineDays;
            String deadlineNote = r.has("deadlineNote") ? r.text("deadlineNote") : e == null ? null : e.deadlineNote;
            Integer headCount = r.has("headCount") ? r.integer("headCount") : e == null ? null : e.headCount;
            boolean mandatory = r.has("mandatory") ? r.bool("mandatory") : e != null && e.mandatory;
            Integer people = r.has("people") ? r.integer("people") : e == null ? null : e.people;
            BigDecimal hours = e == null ? null : e.hoursPerPerson;
            if (r.has("hoursPerPerson")) {
                hours = decimal(r);
            }
            RequestStatus status = e == null ? RequestStatus.ACTIVE : e.status;
            if (r.has("status") && r.text("status") != null) {
                status = status(r, status);
            }
            String description = r.has("description") ? r.text("description") : e == null ? null : e.description;
            CityRequestInput in = new CityRequestInput(code, title, description, section == null ? null : section.id, fy,
                    kind, asks, receiverKinds, allDistricts, districtIds, wardIds, channel, schedule, deadlineDays, deadlineNote,
                    headCount, mandatory, people, hours, status);
            r.violations(validator.validate(in), COLUMNS);
            if (kind != null) {
                for (RuleService.Violation v : RuleService.violations(kind, headCount, mandatory, asks)) {
                    r.error(v.field(), v.rule().textJa + " / " + v.rule().textEn, v.rule().name());
                }
            }
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, code));
                continue;
            }
            State s = new State(e, in, section, code);
            plan.add(Planned.of(r, code, e != null, e == null ? List.of() : changes(e, in, section), s));
        }
        return plan;
    }

    /** By code or by the label the screens show (下書き, 実施中, 終了). */
    private static RequestStatus status(ImportRow r, RequestStatus otherwise) {
        String t = r.text("status");
        for (RequestStatus s : RequestStatus.values()) {
            if (s.name().equalsIgnoreCase(t) || TextNormalizer.fold(s.labelJa).equals(TextNormalizer.fold(t))) {
                return s;
            }
        }
        r.error("status", "must be DRAFT (下書き), ACTIVE (実施中) or ENDED (終了)", "Enum");
        return otherwise;
    }

    private static RequestKind kind(ImportRow r) {
        String t = r.text("kind");
        if (t == null) {
            return null;
        }
        for (RequestKind k : RequestKind.values()) {
            if (k.name().equalsIgnoreCase(t) || TextNormalizer.fold(k.labelJa).equals(TextNormalizer.fold(t))) {
                return k;
            }
        }
        r.error("kind", "must be COOPERATION (協力依頼) or NOTICE (連絡・提案)", "Enum");
        return null;
    }

    private static List<Ask> asks(ImportRow r) {
        List<Ask> out = new ArrayList<>();
        for (String t : split(r.text("asks"))) {
            Ask found = null;
            for (Ask a : Ask.values()) {
                if (a.name().equalsIgnoreCase(t) || TextNormalizer.fold(a.labelJa).equals(TextNormalizer.fold(t))) {
                    found = a;
                }
            }
            if (found == null) {
                r.error("asks", "unknown ask '" + t + "'", "Enum");
            } else if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    private static Channel channel(ImportRow r) {
        String t = r.text("channel");
        if (t == null) {
            return null;
        }
        for (Channel c : Channel.values()) {
            if (c.name().equalsIgnoreCase(t) || TextNormalizer.fold(c.labelJa).equals(TextNormalizer.fold(t))) {
                return c;
            }
        }
        r.error("channel", "must be CITY_COUNCIL, DISTRICT_COUNCIL, DIRECT or BLOCK_CIRCULATION", "Enum");
        return null;
    }

    /** "4;6x2;10" → April once, June twice, October once. */
    private static List<MonthTimes> months(ImportRow r) {
        List<MonthTimes> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String t : split(r.text("months"))) {
            String[] p = t.toLowerCase(Locale.ROOT).replace("月", "").split("[x×*]");
            try {
                int month = Integer.parseInt(p[0].strip());
                int times = p.length > 1 ? Integer.parseInt(p[1].strip().replace("回", "")) : 1;
                if (!seen.add(month)) {
                    r.error("months", "month " + month + " is listed twice", "Unique");
                }
                out.add(new MonthTimes(month, times));
            } catch (NumberFormatException e) {
                r.error("months", "'" + t + "' is not a month (1–12, or month x times such as 6x2)", "Month");
            }
        }
        return out;
    }

    private static BigDecimal decimal(ImportRow r) {
        String t = r.text("hoursPerPerson");
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(Normalizer.normalize(t, Normalizer.Form.NFKC).replace("時間", "").strip());
        } catch (NumberFormatException e) {
            r.error("hoursPerPerson", "must be a number of hours such as 1.5", "Decimal");
            return null;
        }
    }

    private static List<String> changes(CityRequest e, CityRequestInput in, Section section) {
        List<String> c = new ArrayList<>();
        if (!Objects.equals(e.title, in.title().strip())) {
            c.add("title");
        }
        if (!Objects.equals(e.section.id, section.id)) {
            c.add("sectionCode");
        }
        if (e.fiscalYear != in.fiscalYear()) {
            c.add("fiscalYear");
        }
        if (e.kind != in.kind()) {
            c.add("kind");
        }
        if (!e.asks.equals(new HashSet<>(in.asks()))) {
            c.add("asks");
        }
        if (!e.receiverKinds.equals(new HashSet<>(in.receiverKinds()))) {
            c.add("receiverKinds");
        }
        if (e.allDistricts != in.allDistricts() || !e.districtIds.equals(new HashSet<>(in.districtIds()))) {
            c.add("districtCodes");
        }
        if (!e.wardIds.equals(in.wardIds() == null ? Set.of() : new HashSet<>(in.wardIds()))) {
            c.add("wardCodes");
        }
        if (e.channel != in.channel()) {
            c.add("channel");
        }
        Map<Integer, Integer> m = new HashMap<>();
        in.schedule().forEach(x -> m.put(x.month(), x.times()));
        if (!new HashMap<>(e.schedule).equals(m)) {
            c.add("months");
        }
        if (!Objects.equals(e.deadlineDays, in.deadlineDays())) {
            c.add("deadlineDays");
        }
        if (!Objects.equals(e.deadlineNote, blank(in.deadlineNote()))) {
            c.add("deadlineNote");
        }
        if (!Objects.equals(e.headCount, in.headCount())) {
            c.add("headCount");
        }
        if (e.mandatory != in.mandatory()) {
            c.add("mandatory");
        }
        if (e.people != in.people()) {
            c.add("people");
        }
        if (e.hoursPerPerson.compareTo(in.hoursPerPerson()) != 0) {
            c.add("hoursPerPerson");
        }
        if (e.status != in.status()) {
            c.add("status");
        }
        if (!Objects.equals(e.description, blank(in.description()))) {
            c.add("description");
        }
        return c;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Each changed row through the requests' one write path, so its history reads as an edit through the API. */
    @Override
    public void apply(List<Planned<State>> plan) {
        List<Long> existing = plan.stream().filter(Planned::changes).map(p -> p.state().existing())
                .filter(java.util.Objects::nonNull).map(r -> r.id).toList();
        List<CityRequest> created = new ArrayList<>();
        KeptBurden.Before before = burden.before(existing);
        ImportWrites.apply(writes, commands.aggregate(), plan, State::existing, s -> {
            CityRequest r = new CityRequest();
            created.add(r);
            return r;
        }, CityRequestImporter::fill);
        burden.after(before, created.stream().map(r -> r.id).toList());
    }

    private static void fill(CityRequest r, State s) {
        r.code = s.code();
        CityRequestService.apply(r, s.input(), new CityRequestService.Validated(s.section(), s.code()));
    }
}
