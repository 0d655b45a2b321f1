package jp.kyodo.participation.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.organization.Organization;
import jp.kyodo.participation.BuildingContact;
import jp.kyodo.participation.BuildingOutcome;
import jp.kyodo.participation.ContactChannel;
import jp.kyodo.participation.IncorporationCase;
import jp.kyodo.participation.IncorporationStage;
import jp.kyodo.participation.JoinAgreement;
import jp.kyodo.participation.LeafletDistribution;
import jp.kyodo.participation.LeafletKind;
import jp.kyodo.participation.NewBuilding;
import jp.kyodo.participation.service.NewBuildings;
import jp.kyodo.ward.Ward;
import org.jboss.logging.Logger;

/**
 * Demo 加入促進, dated from today: new apartment buildings in the first districts with their contacts — two that
 * joined as a block, one whose residents joined one by one, one that formed an association, one declined, two still
 * being discussed and one just notified that nobody has contacted yet (on the liaison's worklist); leaflets and
 * welcome packs per ward for this year's months; two agreements with real-estate bodies; incorporation cases
 * (consulted, applied, approved). Loaded while there is no building.
 */
@ApplicationScoped
public class DemoJoinPromotion {

    private static final Logger LOG = Logger.getLogger(DemoJoinPromotion.class);

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3030) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo join promotion", this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (NewBuilding.count() > 0) {
            return;
        }
        List<Organization> associations = em.createQuery("select o from Organization o join fetch o.district d"
                + " where o.kindCode = 'NEIGHBORHOOD_ASSOCIATION' and o.legalEntity = false order by d.code, o.code", Organization.class)
                .setMaxResults(60).getResultList();
        if (associations.size() < 10) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // one association per district, in district order
        java.util.Map<Long, Organization> byDistrict = new java.util.LinkedHashMap<>();
        associations.forEach(o -> byDistrict.putIfAbsent(o.district.id, o));
        List<Organization> first = List.copyOf(byDistrict.values());
        Organization a0 = first.get(0);
        Organization a1 = first.get(Math.min(1, first.size() - 1));
        Organization a2 = first.get(Math.min(2, first.size() - 1));
        Organization a3 = first.get(Math.min(3, first.size() - 1));
        int n = 0;
        NewBuilding b;
        b = building(++n, a0, "（仮称）駅前レジデンス", 48, today.minusDays(150), "○○建設株式会社", "△△管理株式会社");
        contact(b, today.minusDays(140), ContactChannel.LETTER, "○○建設株式会社", "地域協働課", "加入への協力依頼文書を送付");
        contact(b, today.minusDays(120), ContactChannel.VISIT, "○○建設 開発部", "校区担当", "入居者説明会で加入案内を配ることに同意");
        contact(b, today.minusDays(40), ContactChannel.MEETING, "△△管理株式会社", "自治会長", "管理組合として一括加入を決定");
        outcome(b, BuildingOutcome.BLOCK_JOIN, today.minusDays(40), 48);
        b = building(++n, a0, "（仮称）公園通りハイツ", 24, today.minusDays(90), "□□ホーム株式会社", null);
        contact(b, today.minusDays(80), ContactChannel.PHONE, "□□ホーム 営業部", "校区担当", "チラシを入居案内に同封してもらう");
        outcome(b, BuildingOutcome.INDIVIDUAL, today.minusDays(20), 9);
        b = building(++n, a1, "（仮称）川沿いテラス", 60, today.minusDays(200), "◇◇不動産株式会社", "◇◇コミュニティ");
        contact(b, today.minusDays(190), ContactChannel.VISIT, "◇◇不動産", "校区担当", "協力依頼。管理会社と相談するとの回答");
        contact(b, today.minusDays(100), ContactChannel.MEETING, "◇◇コミュニティ", "自治会長", "一括加入で合意");
        outcome(b, BuildingOutcome.BLOCK_JOIN, today.minusDays(95), 60);
        b = building(++n, a2, "（仮称）丘の上マンション", 36, today.minusDays(180), "☆☆開発株式会社", null);
        contact(b, today.minusDays(170), ContactChannel.VISIT, "☆☆開発", "校区担当", "入居者で自治会をつくる方向で調整");
        outcome(b, BuildingOutcome.NEW_ASSOCIATION, today.minusDays(60), 30);
        b = building(++n, a2, "（仮称）中央ビル", 20, today.minusDays(120), "××興産株式会社", null);
        contact(b, today.minusDays(110), ContactChannel.LETTER, "××興産", "地域協働課", "協力依頼文書を送付");
        contact(b, today.minusDays(90), ContactChannel.PHONE, "××興産", "校区担当", "協力できないとの回答");
        outcome(b, BuildingOutcome.DECLINED, today.minusDays(90), 0);
        b = building(++n, a3, "（仮称）南口レジデンス", 42, today.minusDays(50), "○○建設株式会社", null);
        contact(b, today.minusDays(35), ContactChannel.VISIT, "○○建設 開発部", "校区担当", "協力依頼。竣工前に再度打合せ");
        building(++n, a1, "（仮称）北町コーポ", 16, today.minusDays(25), "△△住宅株式会社", null);
        building(++n, a0, "（仮称）学校前ガーデン", 30, today.minusDays(40), "□□ホーム株式会社", null);

        int fy = Japanese.fiscalYearOf(today);
        List<Ward> wards = em.createQuery("from Ward w order by w.code", Ward.class).setMaxResults(7).getResultList();
        for (YearMonth m = YearMonth.of(fy, 4); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            int k = 0;
            for (Ward w : wards) {
                leaflet(w, m, LeafletKind.WELCOME_PACK, "区役所 市民課窓口", 180 + 20 * k + m.getMonthValue());
                if (m.getMonthValue() % 2 == 0) {
                    leaflet(w, m, LeafletKind.LEAFLET, "不動産店（協定店）", 100 + 10 * k);
                }
                k++;
            }
        }
        agreement("福岡県宅地建物取引業協会", "自治会・町内会への加入促進に関する協定", LocalDate.of(fy - 2, 6, 1), null,
                "賃貸・売買の契約時に加入案内チラシを手渡す");
        agreement("全日本不動産協会 福岡県本部", "自治会・町内会への加入促進に関する協定", LocalDate.of(fy - 1, 10, 1), null,
                "加盟店の店頭に加入案内を置く");
        incorporation(first.get(Math.min(4, first.size() - 1)), IncorporationStage.CONSULTED, today.minusDays(30), null, null);
        incorporation(first.get(Math.min(5, first.size() - 1)), IncorporationStage.APPLIED, today.minusDays(200), today.minusDays(60), null);
        Organization approved = first.get(Math.min(6, first.size() - 1));
        incorporation(approved, IncorporationStage.APPROVED, today.minusDays(300), today.minusDays(150), today.minusDays(70));
        approved.legalEntity = true;
        approved.legalEntitySince = today.minusDays(70);
        LOG.infof("Loaded the demo join promotion: %d buildings", n);
    }

    private NewBuilding building(int n, Organization association, String name, int units, LocalDate noticeOn, String developer,
            String management) {
        NewBuilding b = new NewBuilding();
        b.noticeNo = "R" + (Japanese.fiscalYearOf(noticeOn) - 2018) + "-紛-" + String.format("%04d", n);
        b.noticeOn = noticeOn;
        b.name = name;
        b.address = association.district.name + "校区内";
        b.district = association.district;
        b.organization = association;
        b.units = units;
        b.developer = developer;
        b.managementCompany = management;
        b.completionOn = noticeOn.plusMonths(18);
        b.searchKey = NewBuildings.searchKey(b);
        b.persist();
        return b;
    }

    private void contact(NewBuilding b, LocalDate on, ContactChannel channel, String with, String by, String summary) {
        BuildingContact c = new BuildingContact();
        c.building = b;
        c.contactedOn = on;
        c.channel = channel;
        c.contactWith = with;
        c.madeBy = by;
        c.summary = summary;
        c.persist();
        b.contactCount++;
        if (b.lastContactOn == null || on.isAfter(b.lastContactOn)) {
            b.lastContactOn = on;
        }
    }

    private static void outcome(NewBuilding b, BuildingOutcome outcome, LocalDate on, int joined) {
        b.outcome = outcome;
        b.outcomeOn = on;
        b.joinedUnits = joined;
    }

    private void leaflet(Ward w, YearMonth m, LeafletKind kind, String place, int copies) {
        LeafletDistribution l = new LeafletDistribution();
        l.ward = w;
        l.monthStart = m.atDay(1);
        l.fiscalYear = Japanese.fiscalYearOf(l.monthStart);
        l.kind = kind;
        l.place = place;
        l.copies = copies;
        l.persist();
    }

    private void agreement(String partner, String title, LocalDate concluded, Ward ward, String summary) {
        JoinAgreement a = new JoinAgreement();
        a.partner = partner;
        a.title = title;
        a.concludedOn = concluded;
        a.ward = ward;
        a.summary = summary;
        a.persist();
    }

    private void incorporation(Organization o, IncorporationStage stage, LocalDate consulted, LocalDate applied, LocalDate approved) {
        IncorporationCase c = new IncorporationCase();
        c.organization = o;
        c.stage = stage;
        c.consultedOn = consulted;
        c.appliedOn = applied;
        c.approvedOn = approved;
        c.persist();
    }
}
