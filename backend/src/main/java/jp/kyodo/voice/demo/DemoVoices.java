package jp.kyodo.voice.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.department.Section;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.voice.Voice;
import jp.kyodo.voice.VoiceKind;
import jp.kyodo.voice.VoiceStatus;
import org.jboss.logging.Logger;

/**
 * Demo voices (地域の声) in every state, over this fiscal year and the last, some overdue, so the list, the liaison's
 * worklist and the office's response-time figures show something after {@code make run}. Dates are relative to
 * today (the injected clock). Loaded after the demo inventory (which creates the sections and gives the {@code dept}
 * user 家庭ごみ減量推進課), only while there are no voices. Seed data: no audit events.
 */
@ApplicationScoped
public class DemoVoices {

    private static final Logger LOG = Logger.getLogger(DemoVoices.class);

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One voice: district code, section code (null: not routed), kind, subject, days before today it came in, days
     * the section took to answer (null: not answered), whether the answer went back to the council.
     */
    record V(String district, String section, VoiceKind kind, String subject, int daysAgo, Integer daysToAnswer,
            boolean closed) {
    }

    static final List<V> VOICES = List.of(
            // last fiscal year and before: all answered, most returned
            new V("HGS-01", "GOMI", VoiceKind.REQUEST, "ごみ集積所のカラス対策ネットの配布", 420, 12, true),
            new V("HGS-02", "GOMI", VoiceKind.COMPLAINT, "資源ごみの収集日の周知不足", 400, 45, true),
            new V("HGS-03", "BOHAN", VoiceKind.REQUEST, "通学路の防犯灯の増設", 390, 21, true),
            new V("HGS-04", "BIKA", VoiceKind.PROPOSAL, "河川敷清掃の合同実施", 380, 9, true),
            new V("NSI-01", "BOHAN", VoiceKind.REQUEST, "交差点のカーブミラー設置", 370, 35, true),
            new V("NSI-02", "KOMINKAN", VoiceKind.REQUEST, "公民館の空調設備の更新", 360, 60, true),
            new V("HGS-01", "FUKUSHI", VoiceKind.PROPOSAL, "見守り活動の情報共有の仕組み", 350, 28, true),
            new V("HGS-02", "GAKKO", VoiceKind.REQUEST, "学校周辺の歩道の段差解消", 300, 17, true),
            new V("HGS-03", "GOMI", VoiceKind.REQUEST, "粗大ごみの出し方の案内の多言語化", 290, 8, true),
            new V("NSI-01", "BIKA", VoiceKind.COMPLAINT, "公園の落書きへの対応", 280, 40, false),
            // this fiscal year: every step, some late
            new V("HGS-01", "GOMI", VoiceKind.REQUEST, "集合住宅のごみ出しルールの掲示物", 200, 14, true),
            new V("HGS-02", "BOHAN", VoiceKind.REQUEST, "夜間の見通しの悪い交差点への注意喚起", 180, 33, true),
            new V("HGS-04", "KOMINKAN", VoiceKind.PROPOSAL, "公民館講座の夜間開催", 150, 20, false),
            new V("NSI-02", "FUKUSHI", VoiceKind.REQUEST, "高齢者サロンの会場費補助", 120, 26, false),
            new V("HGS-03", "GOMI", VoiceKind.COMPLAINT, "ごみ収集車の通行時間帯", 75, null, false),
            new V("HGS-01", "BIKA", VoiceKind.REQUEST, "街路樹の落ち葉清掃の回数", 50, null, false),
            new V("NSI-01", "GAKKO", VoiceKind.REQUEST, "登下校時の見守りボランティアの募集協力", 40, null, false),
            new V("HGS-02", "GOMI", VoiceKind.PROPOSAL, "資源物集団回収の回収品目の追加", 20, null, false),
            new V("HGS-04", null, VoiceKind.REQUEST, "防災倉庫の備蓄品の点検", 45, null, false),
            new V("HGS-01", null, VoiceKind.PROPOSAL, "校区だよりの電子配信", 4, null, false));

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3500) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo voices", this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (Voice.count() > 0) {
            LOG.info("There are voices already: demo voices not loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, District> districts = new HashMap<>();
        em.createQuery("from District d where d.code in :codes", District.class)
                .setParameter("codes", VOICES.stream().map(V::district).distinct().toList()).getResultList()
                .forEach(d -> districts.put(d.code, d));
        Map<String, Section> sections = new HashMap<>();
        Section.<Section>listAll().forEach(s -> sections.put(s.code, s));
        AppUser liaison = AppUser.findByUsername("liaison").orElse(null);
        AppUser liaison2 = AppUser.findByUsername("liaison2").orElse(null);
        AppUser dept = AppUser.findByUsername("dept").orElse(null);
        int n = 0;
        for (V x : VOICES) {
            District d = districts.get(x.district());
            if (d == null) {
                continue;
            }
            Voice v = new Voice();
            v.kind = x.kind();
            v.district = d;
            v.organization = Organization.<Organization>find("code", x.district() + "-C01").firstResult();
            v.receivedOn = today.minusDays(x.daysAgo());
            v.fiscalYear = Japanese.fiscalYearOf(v.receivedOn);
            AppUser receiver = x.district().startsWith("NSI") ? liaison2 : liaison;
            v.receivedById = receiver == null ? null : receiver.id;
            v.receivedByName = receiver == null ? "校区担当" : receiver.displayName;
            v.subject = x.subject();
            v.body = d.name + "校区自治協議会の役員会で出された" + kindWord(x.kind()) + "。" + x.subject() + "について、市の対応を求める。";
            v.dueOn = v.receivedOn.plusDays(30);
            Section s = x.section() == null ? null : sections.get(x.section());
            if (s != null) {
                v.sectionId = s.id;
                v.routedOn = v.receivedOn.plusDays(2);
                v.status = VoiceStatus.IN_PROGRESS;
                if (x.daysToAnswer() != null) {
                    v.answer = s.name + "で検討し、" + x.subject() + "について今年度中に対応します。進捗は校区担当職員を通じてお知らせします。";
                    v.answeredOn = v.receivedOn.plusDays(x.daysToAnswer());
                    v.daysToAnswer = (int) ChronoUnit.DAYS.between(v.receivedOn, v.answeredOn);
                    boolean ours = dept != null && s.id.equals(dept.sectionId);
                    v.answeredById = ours ? dept.id : null;
                    v.answeredByName = ours ? dept.displayName : s.name + " 担当";
                    v.status = VoiceStatus.ANSWERED;
                    if (x.closed()) {
                        v.closedOn = v.answeredOn.plusDays(5).isAfter(today) ? today : v.answeredOn.plusDays(5);
                        v.closingNote = "校区自治協議会の役員会で回答を報告";
                        v.status = VoiceStatus.CLOSED;
                    }
                }
            }
            v.searchKey = TextNormalizer.searchKey(v.subject, v.body, d.name);
            v.persist();
            n++;
        }
        LOG.infof("Loaded the demo voices: %d", n);
    }

    static String kindWord(VoiceKind k) {
        return switch (k) {
            case REQUEST -> "要望";
            case PROPOSAL -> "提案";
            case COMPLAINT -> "苦情";
        };
    }
}
