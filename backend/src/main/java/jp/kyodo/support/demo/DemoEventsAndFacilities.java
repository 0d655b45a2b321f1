package jp.kyodo.support.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.support.EventAttendance;
import jp.kyodo.support.Facility;
import jp.kyodo.support.FacilityKind;
import jp.kyodo.support.FacilityOwner;
import jp.kyodo.support.FacilityRoom;
import jp.kyodo.support.FacilityWork;
import jp.kyodo.support.FacilityWorkKind;
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportEvent;
import jp.kyodo.support.SupportEventKind;
import jp.kyodo.support.SupportProgram;

/**
 * The demo city's trainings and facilities, written with the demo catalogue: this year's 補助金等説明会 and 校区事務局職員研修
 * with registrations and attendance from most districts (a few absent), a forum still to come with registrations only;
 * a community centre per district with its rooms (a 公民館 too in the first), a repair paid by the building subsidy,
 * and the city hall room lent to the liaison council.
 */
@ApplicationScoped
public class DemoEventsAndFacilities {

    @Inject
    EntityManager em;

    int load(Map<String, SupportProgram> programs, LocalDate today, long sectionId) {
        int fy = Japanese.fiscalYearOf(today);
        List<District> districts = em.createQuery("select d from District d left join fetch d.ward order by d.code", District.class)
                .getResultList();
        List<Organization> councils = em.createQuery("select o from Organization o where o.kindCode = 'DISTRICT_COUNCIL' "
                + "and o.district is not null order by o.code", Organization.class).getResultList();
        Map<Long, Organization> councilOf = new java.util.HashMap<>();
        councils.forEach(o -> councilOf.putIfAbsent(o.districtId(), o));

        LocalDate briefingDay = Japanese.fiscalYearStart(fy).plusDays(17);
        SupportEvent briefing = event(fy, "令和" + (fy - 2018) + "年度 補助金等説明会", SupportEventKind.BRIEFING,
                briefingDay.isAfter(today) ? today : briefingDay, LocalTime.of(14, 0), LocalTime.of(16, 0), "市役所 講堂",
                SupportAudience.COMMUNITY, sectionId, programs.get("補助金等説明会"), 200,
                "校区コミュニティ組織運営費補助、校区生涯学習振興事業費補助の算定方法と申請・実績報告の手続きを説明します。");
        LocalDate trainingDay = Japanese.fiscalYearStart(fy).plusMonths(5).plusDays(9);
        SupportEvent training = event(fy, "校区事務局職員研修（会計事務の基礎）", SupportEventKind.TRAINING,
                trainingDay.isAfter(today) ? today : trainingDay, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "市民センター 第1研修室", SupportAudience.COMMUNITY, sectionId, programs.get("校区事務局職員研修の支援"), 60,
                "校区事務局の職員を対象に、補助金の会計処理と帳簿の付け方を学びます。");
        SupportEvent forum = event(Japanese.fiscalYearOf(today.plusDays(30)), "市民活動フォーラム", SupportEventKind.FORUM,
                today.plusDays(30), LocalTime.of(13, 30), LocalTime.of(16, 30), "市民会館 大ホール", SupportAudience.BOTH, sectionId,
                programs.get("市民活動フォーラムの開催"), 300, "校区の取り組みの事例発表と、市民活動団体との交流会を行います。");
        int i = 0;
        for (District d : districts) {
            Organization council = councilOf.get(d.id);
            Long org = council == null ? null : council.id;
            // most districts come; every fifth sends nobody to the training, every seventh misses the briefing
            briefing.attendance.add(new EventAttendance(d.id, org, 2, i % 7 == 3 ? 0 : (i % 3 == 0 ? 1 : 2)));
            if (i % 5 != 4) {
                training.attendance.add(new EventAttendance(d.id, org, i % 2 == 0 ? 2 : 1, i % 4 == 1 ? 0 : 1));
            }
            if (i % 2 == 0) {
                forum.attendance.add(new EventAttendance(d.id, org, 3, null));
            }
            i++;
        }
        for (SupportEvent e : List.of(briefing, training, forum)) {
            e.recount();
            e.persist();
        }

        SupportProgram building = programs.get("前年度:校区コミュニティセンター等建築費補助");
        int facilities = 0;
        for (District d : districts) {
            String ward = d.ward == null ? "" : d.ward.name;
            Facility f = new Facility();
            f.name = d.name + "校区コミュニティセンター";
            f.kind = FacilityKind.COMMUNITY_CENTER;
            f.districtId = d.id;
            f.address = ward + d.name + "1丁目" + (facilities % 9 + 1) + "-" + (facilities % 5 + 2);
            f.owner = FacilityOwner.CITY;
            f.capacity = 80 + (facilities % 4) * 20;
            f.builtYear = 1985 + (facilities * 3) % 35;
            f.lentByCity = true;
            f.rooms.add(new FacilityRoom("大会議室", f.capacity));
            f.rooms.add(new FacilityRoom("和室", 20));
            if (facilities % 2 == 0) {
                f.rooms.add(new FacilityRoom("調理室", 24));
            }
            FacilityWork built = work(LocalDate.of(f.builtYear, 3, 20), FacilityWorkKind.CONSTRUCTION, "新築", null, null, null);
            f.works.add(built);
            if (facilities == 0 && building != null) {
                f.works.add(work(Japanese.fiscalYearStart(building.fiscalYear).plusMonths(7), FacilityWorkKind.REPAIR,
                        "屋根防水改修・外壁塗装", 4_200_000L, building, 2_100_000L));
            }
            facility(f);
            facilities++;
            if (facilities == 1) {
                Facility hall = new Facility();
                hall.name = d.name + "公民館";
                hall.kind = FacilityKind.KOMINKAN;
                hall.districtId = d.id;
                hall.address = ward + d.name + "2丁目4-1";
                hall.owner = FacilityOwner.CITY;
                hall.capacity = 120;
                hall.builtYear = 1979;
                hall.lentByCity = true;
                hall.rooms.add(new FacilityRoom("講堂", 120));
                hall.rooms.add(new FacilityRoom("学習室", 30));
                hall.works.add(work(LocalDate.of(1979, 3, 15), FacilityWorkKind.CONSTRUCTION, "新築", null, null, null));
                hall.works.add(work(LocalDate.of(2019, 8, 30), FacilityWorkKind.EQUIPMENT, "空調設備の更新", 3_800_000L, null, null));
                facility(hall);
                Facility meeting = new Facility();
                meeting.name = d.name + "一丁目集会所";
                meeting.kind = FacilityKind.MEETING_HALL;
                meeting.districtId = d.id;
                meeting.address = ward + d.name + "1丁目12-3";
                meeting.owner = FacilityOwner.ASSOCIATION;
                meeting.ownerName = d.name + "一丁目町内会";
                meeting.capacity = 40;
                meeting.builtYear = 1992;
                meeting.rooms.add(new FacilityRoom("集会室", 40));
                facility(meeting);
                facilities += 2;
            }
        }
        Facility room = new Facility();
        room.name = "市庁舎 15階 1501会議室";
        room.kind = FacilityKind.CITY_ROOM;
        room.address = "市役所本庁舎15階";
        room.owner = FacilityOwner.CITY;
        room.capacity = 60;
        room.lentByCity = true;
        room.note = "校区まちづくり連絡協議会の総会・理事会に貸し出しています（平日夜間も可）。";
        room.rooms.add(new FacilityRoom("1501会議室", 60));
        facility(room);
        return facilities + 1;
    }

    SupportEvent event(int fy, String title, SupportEventKind kind, LocalDate on, LocalTime from, LocalTime to, String place,
            SupportAudience audience, long sectionId, SupportProgram program, int capacity, String description) {
        SupportEvent e = new SupportEvent();
        e.fiscalYear = Japanese.fiscalYearOf(on);
        e.title = title;
        e.kind = kind;
        e.heldOn = on;
        e.startsAt = from;
        e.endsAt = to;
        e.place = place;
        e.audience = audience;
        e.sectionId = sectionId;
        e.programId = program == null ? null : program.id;
        e.capacity = capacity;
        e.description = description;
        e.searchKey = TextNormalizer.searchKey(title, place, description);
        return e;
    }

    static FacilityWork work(LocalDate on, FacilityWorkKind kind, String description, Long cost, SupportProgram program, Long subsidy) {
        FacilityWork w = new FacilityWork();
        w.doneOn = on;
        w.kind = kind;
        w.description = description;
        w.costYen = cost;
        w.programId = program == null ? null : program.id;
        w.subsidyYen = subsidy;
        return w;
    }

    void facility(Facility f) {
        f.searchKey = TextNormalizer.searchKey(f.name, f.address, f.ownerName, f.note);
        f.persist();
    }
}
