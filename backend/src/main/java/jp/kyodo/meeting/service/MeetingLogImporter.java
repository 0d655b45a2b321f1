package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.text.Wareki;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.meeting.AgendaItem;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.transfer.MeetingLogDataset;

/**
 * 会議報告事項の取込 — a meeting log in the shape of Kurume's list (年月日, 会議名, 議題, optionally 担当課), one row per
 * agenda item. 〃 / 同上 / blank in the date or meeting column, and 〃 / 同上 in the section column, mean "the same as
 * the row above". Dates may be in 和暦 ({@link Wareki}). The meeting column is 第N回 + a council body's name or
 * alias; a body that does not exist is an error of the row that lists the known ones — the import creates no
 * bodies (the office adds one with POST /api/v1/council-bodies, or an alias to an existing one, and imports again).
 *
 * <p>Rows of the same date and meeting are one meeting (found by body, date and number, or created), with its
 * items in file order. An item already stored in that meeting with the same title (full/half width and kana
 * folded) is UNCHANGED, or UPDATE when the file gives it another section; other rows are CREATE, appended after
 * the meeting's items. Stored items are never deleted or reordered by an import, so an export — also one
 * filtered by section — imports back unchanged. The same title twice in one meeting of the file is an error.
 */
@ApplicationScoped
public class MeetingLogImporter implements Importer<MeetingLogImporter.State> {

    /** "Same as above": 〃 (U+3003), ″ (NFKC: ′′), quotes people type for it, 同上. */
    static final Set<String> DITTO = Set.of("〃", "′′", "″", "”", "“", "\"", "''", "同上", "仝", "々");

    static final int MAX_BODIES_LISTED = 30;

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    MeetingService meetingService;

    @Inject
    AgendaItemService itemService;

    @Inject
    CurrentUser currentUser;

    /** What a valid row stores: the meeting it belongs to (stored or to create) and its item. */
    public record State(String meetingKey, CouncilBody body, Integer number, LocalDate heldOn,
            CouncilMeeting meeting, AgendaItem existing, int order, String title, String sectionName) {
    }

    /** A row's date, meeting and section after "same as above" is resolved; null fields could not be read. */
    private record Resolved(LocalDate date, MeetingNames.Parsed meeting, CouncilBody body, String section) {
    }

    @Override
    public DatasetSpec dataset() {
        return MeetingLogDataset.SPEC;
    }

    static boolean ditto(String text) {
        return text != null && DITTO.contains(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        List<CouncilBody> bodies = em.createQuery("from CouncilBody b order by b.sortOrder, b.code", CouncilBody.class)
                .getResultList();
        Map<String, CouncilBody> byName = MeetingService.nameIndex(bodies);

        // 1. resolve 〃 row by row: each refers to the row just above, as a reader of the list does
        List<Resolved> resolved = new ArrayList<>(rows.size());
        Resolved above = null;
        int aboveRow = 0;
        boolean hasSection = !rows.isEmpty() && rows.get(0).has("sectionName");
        for (ImportRow r : rows) {
            LocalDate date = null;
            String dateText = r.text("date");
            if (dateText == null || ditto(dateText)) {
                if (above == null) {
                    r.error("date", "'" + (dateText == null ? "" : dateText) + "' means the same as the row above,"
                            + " but this is the first row", "Ditto");
                } else if (above.date() == null) {
                    r.error("date", "the same as row " + aboveRow + ", which has no valid date", "Ditto");
                } else {
                    date = above.date();
                }
            } else {
                try {
                    date = Wareki.parse(dateText);
                } catch (Wareki.InvalidDateException e) {
                    r.error("date", e.getMessage(), "Date");
                }
            }
            MeetingNames.Parsed meeting = null;
            CouncilBody body = null;
            String meetingText = r.text("meeting");
            if (meetingText == null || ditto(meetingText)) {
                if (above == null) {
                    r.error("meeting", "'" + (meetingText == null ? "" : meetingText) + "' means the same as the row"
                            + " above, but this is the first row", "Ditto");
                } else if (above.body() == null) {
                    r.error("meeting", "the same as row " + aboveRow + ", whose meeting could not be read", "Ditto");
                } else {
                    meeting = above.meeting();
                    body = above.body();
                }
            } else {
                meeting = MeetingNames.parse(meetingText);
                body = byName.get(TextNormalizer.fold(meeting.bodyName()));
                if (meeting.number() != null && (meeting.number() < 1 || meeting.number() > 999)) {
                    r.error("meeting", "第N回 must be a number from 1 to 999", "Number");
                    body = null;
                } else if (body == null) {
                    r.error("meeting", unknownBody(meeting.bodyName(), bodies), "UnknownBody");
                }
            }
            String section = null;
            if (hasSection) {
                String sectionText = r.text("sectionName");
                if (ditto(sectionText)) {
                    if (above == null) {
                        r.error("sectionName", "'" + sectionText + "' means the same as the row above, but this is"
                                + " the first row", "Ditto");
                    } else {
                        section = above.section();
                    }
                } else {
                    section = sectionText;
                    if (section != null && section.length() > 100) {
                        r.error("sectionName", "at most 100 characters", "Size");
                    }
                }
            }
            above = new Resolved(date, meeting, body, section);
            aboveRow = r.number();
            resolved.add(above);
        }

        // 2. the stored meetings of those dates and their items: two queries
        Set<LocalDate> dates = new LinkedHashSet<>();
        resolved.forEach(x -> {
            if (x.date() != null) {
                dates.add(x.date());
            }
        });
        Map<String, CouncilMeeting> storedMeetings = new HashMap<>();
        Map<Long, List<AgendaItem>> storedItems = new HashMap<>();
        if (!dates.isEmpty()) {
            List<CouncilMeeting> meetings = em.createQuery("select m from CouncilMeeting m join fetch m.body"
                    + " where m.heldOn in :dates", CouncilMeeting.class).setParameter("dates", dates).getResultList();
            meetings.forEach(m -> storedMeetings.putIfAbsent(key(m.body, m.heldOn, m.number), m));
            if (!meetings.isEmpty()) {
                em.createQuery("select a from AgendaItem a where a.meeting.id in :ids order by a.order, a.id",
                        AgendaItem.class).setParameter("ids", meetings.stream().map(m -> m.id).toList())
                        .getResultList()
                        .forEach(a -> storedItems.computeIfAbsent(a.meeting.id, k -> new ArrayList<>()).add(a));
            }
        }

        // 3. group rows into meetings and decide each row's action
        record Group(CouncilMeeting stored, Map<String, Integer> titles, Set<Long> matched, int[] nextOrder) {
        }
        Map<String, Group> groups = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            Resolved x = resolved.get(i);
            String title = r.text("agendaItem");
            if (title == null || ditto(title)) {
                r.error("agendaItem", title == null ? "must not be blank" : "write the item itself, not '" + title + "'",
                        "NotBlank");
            } else if (title.length() > 500) {
                r.error("agendaItem", "at most 500 characters", "Size");
            }
            String meetingKey = x.body() == null || x.date() == null ? null
                    : key(x.body(), x.date(), x.meeting().number());
            String rowKey = (x.date() == null ? "?" : x.date().toString()) + "/"
                    + (x.body() == null ? (x.meeting() == null ? "?" : x.meeting().bodyName())
                            : (x.meeting().number() == null ? "" : "第" + x.meeting().number() + "回") + x.body().nameJa)
                    + "/" + (title == null ? "" : title);
            Group g = null;
            if (meetingKey != null) {
                g = groups.computeIfAbsent(meetingKey, k -> {
                    CouncilMeeting stored = storedMeetings.get(k);
                    int max = stored == null ? 0 : storedItems.getOrDefault(stored.id, List.of()).stream()
                            .mapToInt(a -> a.order).max().orElse(0);
                    return new Group(stored, new HashMap<>(), new java.util.HashSet<>(), new int[] {max + 1});
                });
                if (title != null && !r.hasError("agendaItem")) {
                    Integer first = g.titles().putIfAbsent(TextNormalizer.fold(title), r.number());
                    if (first != null) {
                        r.error("agendaItem", "the same item of the same meeting is already in row " + first,
                                "Duplicate");
                    }
                }
            }
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, rowKey));
                continue;
            }
            AgendaItem existing = null;
            if (g.stored() != null) {
                for (AgendaItem a : storedItems.getOrDefault(g.stored().id, List.of())) {
                    if (!g.matched().contains(a.id) && TextNormalizer.fold(a.title).equals(TextNormalizer.fold(title))) {
                        existing = a;
                        g.matched().add(a.id);
                        break;
                    }
                }
            }
            String section = hasSection ? x.section() : existing == null ? null : existing.sectionName;
            int order = existing != null ? existing.order : g.nextOrder()[0]++;
            State s = new State(meetingKey, x.body(), x.meeting().number(), x.date(), g.stored(), existing, order,
                    title, section);
            List<String> changed = existing == null || Objects.equals(existing.sectionName, section) ? List.of()
                    : List.of("sectionName");
            plan.add(Planned.of(r, rowKey, existing != null, changed, s));
        }
        return plan;
    }

    static String key(CouncilBody body, LocalDate heldOn, Integer number) {
        return body.id + "|" + heldOn + "|" + (number == null ? "" : number);
    }

    private static String unknownBody(String name, List<CouncilBody> bodies) {
        List<String> names = new ArrayList<>();
        for (CouncilBody b : bodies) {
            if (names.size() >= MAX_BODIES_LISTED) {
                names.add("…");
                break;
            }
            names.add(b.nameJa);
        }
        return "no council body is called '" + name + "'; the bodies are " + String.join(", ", names)
                + " (add the body, or this name as an alias of one, under council bodies and import again)";
    }

    /**
     * Each changed row through the meetings' and agenda items' one write path (the aggregates of the API), so the
     * history of an imported item and of a meeting the import creates reads as an edit through the API.
     */
    @Override
    public void apply(List<Planned<State>> plan) {
        Aggregate<CouncilMeeting> meetingRecords = meetingService.meetingAggregate();
        Aggregate<AgendaItem> itemRecords = itemService.itemAggregate();
        Map<String, CouncilMeeting> created = new LinkedHashMap<>();
        for (Planned<State> p : plan) {
            if (!p.changes()) {
                continue;
            }
            State s = p.state();
            if (s.existing() != null) {
                writes.update(itemRecords, s.existing(), a -> {
                    a.sectionName = s.sectionName();
                    a.searchKey = MeetingService.itemSearchKey(a.title, a.sectionName);
                });
                continue;
            }
            CouncilMeeting m = s.meeting() != null ? s.meeting()
                    : created.computeIfAbsent(s.meetingKey(), k -> writes.create(meetingRecords, newMeeting(s)));
            AgendaItem a = new AgendaItem();
            a.meeting = m;
            a.order = s.order();
            a.title = s.title();
            a.sectionName = s.sectionName();
            a.createdBy = currentUser.username();
            a.searchKey = MeetingService.itemSearchKey(a.title, a.sectionName);
            writes.create(itemRecords, a);
        }
    }

    private static CouncilMeeting newMeeting(State s) {
        CouncilMeeting m = new CouncilMeeting();
        m.body = s.body();
        m.number = s.number();
        m.heldOn = s.heldOn();
        m.fiscalYear = Japanese.fiscalYearOf(s.heldOn());
        m.searchKey = MeetingService.searchKey(m);
        return m;
    }
}
