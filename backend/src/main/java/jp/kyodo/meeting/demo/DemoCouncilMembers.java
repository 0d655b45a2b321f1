package jp.kyodo.meeting.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.district.District;
import jp.kyodo.meeting.AttendanceStatus;
import jp.kyodo.meeting.BodySide;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilBodyKind;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.CouncilMember;
import jp.kyodo.meeting.CouncilSeat;
import jp.kyodo.meeting.MeetingAttendance;
import jp.kyodo.meeting.QuorumRule;
import jp.kyodo.meeting.SeatFilling;
import jp.kyodo.meeting.service.BodyMembership;
import jp.kyodo.organization.Officer;
import jp.kyodo.organization.OfficerRole;
import jp.kyodo.organization.Organization;
import org.jboss.logging.Logger;

/**
 * Demo seats and members (会議体と構成員): the city-wide council's 総会 (a representative of each district — its
 * council's chair — with two districts left without one, the chair, vice-chairs and auditors), 理事会 (11 directors
 * with one seat empty, 3 section heads), and the city's 協働推進調整会議 (directors, a 市側 body); one district
 * representative whose term ends next month with nobody lined up; attendance at the FY2025 general assembly and the
 * board's meetings, one board meeting short of its quorum. Loaded after the demo meetings while no seat exists.
 */
@ApplicationScoped
public class DemoCouncilMembers {

    private static final Logger LOG = Logger.getLogger(DemoCouncilMembers.class);
    static final LocalDate TERM_START = LocalDate.of(2025, 5, 24);
    static final LocalDate TERM_END = LocalDate.of(2027, 5, 31);
    /** Districts whose representative's seat on the general assembly is left empty. */
    static final int EMPTY_DISTRICTS = 2;

    static final String[][] CITY_PEOPLE = {
        {"市民局長", "井上 誠", "いのうえ まこと"}, {"総務企画局長", "木村 浩二", "きむら こうじ"}, {"保健福祉局長", "林 美穂", "はやし みほ"},
        {"環境局長", "清水 健", "しみず けん"}, {"道路下水道局長", "森 和也", "もり かずや"}, {"こども未来局長", "池田 由美", "いけだ ゆみ"},
        {"教育次長", "橋本 隆", "はしもと たかし"}, {"消防局次長", "山口 哲也", "やまぐち てつや"}};

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BodyMembership membership;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3010) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo council members", 600, this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (CouncilSeat.count() > 0) {
            LOG.info("There are council seats already: demo council members not loaded");
            return;
        }
        Map<String, CouncilBody> bodies = new HashMap<>();
        CouncilBody.<CouncilBody>listAll().forEach(b -> bodies.put(b.code, b));
        CouncilBody assembly = bodies.get("GENERAL_ASSEMBLY");
        CouncilBody board = bodies.get("BOARD");
        if (assembly == null || board == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // the district councils' chairs in term, by district code: the districts' representatives
        List<Object[]> chairs = em.createQuery("select d, x from Officer x join x.organization o join o.district d where x.role = :chair"
                + " and o.kindCode = 'DISTRICT_COUNCIL' and x.termStart <= :t and (x.termEnd is null or x.termEnd >= :t)"
                + " order by d.code, x.id", Object[].class).setParameter("chair", OfficerRole.CHAIR).setParameter("t", today)
                .getResultList();
        Map<Long, Object[]> byDistrict = new java.util.LinkedHashMap<>();
        chairs.forEach(r -> byDistrict.putIfAbsent(((District) r[0]).id, r));
        List<Object[]> reps = new ArrayList<>(byDistrict.values());

        assembly.quorum = QuorumRule.MAJORITY;
        assembly.proxiesCount = true;
        board.quorum = QuorumRule.MAJORITY;
        CouncilSeat chairSeat = seat(assembly, "会長", SeatFilling.ELECTED, 1, 2, 10);
        CouncilSeat viceSeat = seat(assembly, "副会長", SeatFilling.ELECTED, 2, 2, 20);
        CouncilSeat repSeat = seat(assembly, "各校区代表", SeatFilling.DISTRICT_REPRESENTATIVE, null, 2, 30);
        CouncilSeat auditorSeat = seat(assembly, "監事", SeatFilling.ELECTED, 2, 2, 40);
        CouncilSeat directorSeat = seat(board, "理事", SeatFilling.ELECTED, 11, 2, 10);
        CouncilSeat sectionHeadSeat = seat(board, "部会長", SeatFilling.EX_OFFICIO, 3, null, 20);

        List<CouncilMember> assemblyMembers = new ArrayList<>();
        // the city-wide council's own officers chair the assembly; two auditors from outside the districts' chairs
        for (Officer x : em.createQuery("from Officer x join fetch x.organization o where o.code = 'CTY-K01' and x.role in :roles"
                + " and x.termStart <= :t and (x.termEnd is null or x.termEnd >= :t) order by x.role, x.id", Officer.class)
                .setParameter("roles", List.of(OfficerRole.CHAIR, OfficerRole.VICE_CHAIR)).setParameter("t", today).getResultList()) {
            assemblyMembers.add(member(assembly, x.role == OfficerRole.CHAIR ? chairSeat : viceSeat, x.personName, x.personKana,
                    x.organization, null, TERM_START, TERM_END));
        }
        assemblyMembers.add(member(assembly, auditorSeat, "原田 恵子", "はらだ けいこ", null, null, TERM_START, TERM_END));
        assemblyMembers.add(member(assembly, auditorSeat, "松尾 孝", "まつお たかし", null, null, TERM_START, TERM_END));
        List<CouncilMember> boardMembers = new ArrayList<>();
        int n = 0;
        for (Object[] r : reps) {
            District d = (District) r[0];
            Officer chair = (Officer) r[1];
            boolean empty = n >= reps.size() - EMPTY_DISTRICTS && reps.size() > EMPTY_DISTRICTS + 2;
            if (!empty) {
                // the second district's representative steps down next month; nobody is lined up yet
                LocalDate end = n == 1 ? today.plusDays(30) : TERM_END;
                assemblyMembers.add(member(assembly, repSeat, chair.personName, chair.personKana, chair.organization, d, TERM_START, end));
            }
            // ten directors of eleven (one seat empty), three section heads
            if (n < 10) {
                boardMembers.add(member(board, directorSeat, chair.personName, chair.personKana, chair.organization, null, TERM_START, TERM_END));
            } else if (n < 13) {
                boardMembers.add(member(board, sectionHeadSeat, chair.personName, chair.personKana, chair.organization, null, TERM_START, TERM_END));
            }
            n++;
        }
        // 市側: the city's coordination council
        CouncilBody city = new CouncilBody();
        city.code = "CITY-COORDINATION";
        city.nameJa = "協働推進調整会議";
        city.nameEn = "Coordination council for collaboration";
        city.kind = CouncilBodyKind.OTHER;
        city.side = BodySide.CITY;
        city.quorum = QuorumRule.HALF;
        city.sortOrder = 900;
        city.persist();
        CouncilSeat cityChair = seat(city, "議長", SeatFilling.APPOINTED, 1, null, 10);
        CouncilSeat cityMembers = seat(city, "委員", SeatFilling.APPOINTED, CITY_PEOPLE.length - 1, null, 20);
        for (int i = 0; i < CITY_PEOPLE.length; i++) {
            CouncilMember m = member(city, i == 0 ? cityChair : cityMembers, CITY_PEOPLE[i][1], CITY_PEOPLE[i][2], null, null,
                    LocalDate.of(2026, 4, 1), null);
            m.note = CITY_PEOPLE[i][0];
        }
        em.flush();
        int rows = 0;
        List<CouncilMeeting> recorded = new ArrayList<>();
        for (CouncilMeeting m : em.createQuery("from CouncilMeeting m where m.body in :b and m.heldOn >= :from order by m.heldOn",
                CouncilMeeting.class).setParameter("b", List.of(assembly, board)).setParameter("from", TERM_START).getResultList()) {
            List<CouncilMember> members = m.body == assembly ? assemblyMembers : boardMembers;
            int k = 0;
            boolean thin = m.heldOn.getMonthValue() == 9; // the September board meeting falls short of its quorum
            for (CouncilMember x : members) {
                if (!x.inTermOn(m.heldOn)) {
                    continue;
                }
                AttendanceStatus s = thin ? (k % 2 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT)
                        : k % 7 == 3 ? AttendanceStatus.PROXY : k % 11 == 5 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                if (m.body == board && s == AttendanceStatus.PROXY) {
                    s = AttendanceStatus.ABSENT;
                }
                MeetingAttendance a = new MeetingAttendance();
                a.meeting = m;
                a.member = x;
                a.status = s;
                a.persist();
                rows++;
                k++;
            }
            recorded.add(m);
        }
        em.flush();
        membership.refreshFigures(recorded);
        LOG.infof("Loaded the demo council members: %d members, attendance at %d meetings (%d rows)",
                assemblyMembers.size() + boardMembers.size() + CITY_PEOPLE.length, recorded.size(), rows);
    }

    private CouncilSeat seat(CouncilBody b, String title, SeatFilling filling, Integer seats, Integer termYears, int order) {
        CouncilSeat s = new CouncilSeat();
        s.body = b;
        s.title = title;
        s.filling = filling;
        s.seats = seats;
        s.termYears = termYears;
        s.sortOrder = order;
        s.persist();
        return s;
    }

    private CouncilMember member(CouncilBody b, CouncilSeat seat, String name, String kana, Organization org, District d,
            LocalDate from, LocalDate to) {
        CouncilMember m = new CouncilMember();
        m.body = b;
        m.seat = seat;
        m.personName = name;
        m.personKana = kana;
        m.personKey = BodyMembership.personKey(name);
        m.searchKey = TextNormalizer.searchKey(name, kana);
        m.organization = org;
        m.district = d;
        m.termStart = from;
        m.termEnd = to;
        m.persist();
        return m;
    }
}
