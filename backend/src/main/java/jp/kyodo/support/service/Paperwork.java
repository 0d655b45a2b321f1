package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.kyodo.request.Ask;
import jp.kyodo.request.Channel;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.MonthTimes;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.service.CityRequestCommands;
import jp.kyodo.support.SupportProgram;

/**
 * The paperwork of a subsidy or consignment is a burden the city puts on communities: a program with paperwork hours
 * keeps one linked request (依頼等, 協力依頼, asking 報告) to every organization of its eligible kinds, written through
 * the request feature's own commands, so the burden ledger, the review and the dashboard count its hours like any
 * other request. Its months are the months of the program's deadlines (plan, application, results report; April
 * when none), one occurrence each; the hours per occurrence are the program's hours spread over them (rounded up to a
 * quarter hour). The request follows every change of the program and goes when the hours do.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Paperwork {

    @Inject
    CityRequestCommands requests;

    @Inject
    jp.kyodo.request.service.RequestValidation validation;

    /**
     * Creates, updates or removes the program's linked request to match it; sets {@code requestId}. Called before the
     * program is written (inside its change), so the link is part of the same write.
     */
    public void sync(SupportProgram p) {
        boolean wanted = p.kind.granted() && p.paperworkHours != null && p.paperworkHours.signum() > 0
                && !p.eligibleKinds.isEmpty();
        CityRequest linked = p.requestId == null ? null : CityRequest.findById(p.requestId);
        if (!wanted) {
            if (linked != null) {
                requests.delete(linked.id, "\"" + linked.version + "\"");
            }
            p.requestId = null;
            return;
        }
        CityRequestInput in = input(p);
        if (linked == null) {
            p.requestId = requests.create(in).id();
        } else {
            requests.update(linked.id, in, "\"" + linked.version + "\"");
        }
    }

    /**
     * The linked request of a program written as seed data (the demo city): checked as the API checks it, written
     * without a caller or history; the loader recounts the kept burden figures afterwards.
     */
    public void seed(SupportProgram p) {
        CityRequestInput in = input(p);
        var checked = validation.validate(in, null);
        CityRequest r = new CityRequest();
        r.code = jp.kyodo.request.service.RequestValidation.newCode(p.fiscalYear);
        jp.kyodo.request.service.RequestValidation.apply(r, in, checked);
        r.persist();
        p.requestId = r.id;
    }

    /** Removes the linked request (the program is being deleted). */
    public void remove(SupportProgram p) {
        CityRequest linked = p.requestId == null ? null : CityRequest.findById(p.requestId);
        p.requestId = null;
        if (linked != null) {
            requests.delete(linked.id, "\"" + linked.version + "\"");
        }
    }

    static CityRequestInput input(SupportProgram p) {
        TreeSet<Integer> months = new TreeSet<>();
        for (LocalDate d : new LocalDate[] {p.planDueOn, p.applicationDueOn, p.resultsDueOn}) {
            if (d != null) {
                months.add(d.getMonthValue());
            }
        }
        if (months.isEmpty()) {
            months.add(4);
        }
        List<MonthTimes> schedule = new ArrayList<>();
        months.forEach(m -> schedule.add(new MonthTimes(m, 1)));
        BigDecimal perOccurrence = p.paperworkHours.divide(BigDecimal.valueOf(months.size()), 6, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.UP).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY)
                .max(new BigDecimal("0.25"));
        Channel channel = p.eligibleKinds.equals(java.util.Set.of("DISTRICT_COUNCIL")) ? Channel.DISTRICT_COUNCIL : Channel.DIRECT;
        String title = (p.name + "の申請等の事務");
        if (title.length() > 300) {
            title = title.substring(0, 300);
        }
        return new CityRequestInput(null, title,
                "支援策「" + p.name + "」の事業計画・申請・実績報告などの書類事務。支援策の事務時間（" + p.paperworkHours.stripTrailingZeros().toPlainString()
                        + "時間／年）から記録しています。",
                p.sectionId, p.fiscalYear, RequestKind.COOPERATION, List.of(Ask.REPORT), List.copyOf(p.eligibleKinds), true,
                List.of(), List.of(), channel, schedule, null, null, null, false, 1, perOccurrence, RequestStatus.ACTIVE);
    }
}
