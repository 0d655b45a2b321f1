package jp.kyodo.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.organization.OrganizationDtos.KindRequest;
import jp.kyodo.organization.OrganizationDtos.KindResponse;
import jp.kyodo.organization.OrganizationDtos.SubKindResponse;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;

/** 団体の種別 — the kinds of organization and their sub-kinds (reference data the office names). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationKindService {

    /** Kinds are keyed by code, so their history entries carry the id 0 (as they always have). */
    static final Aggregate<OrganizationKind> KIND = Aggregate.<OrganizationKind>of("OrganizationKind", k -> 0L,
            k -> k.version, k -> toResponse(k, List.of()));

    @Inject
    Writes writes;

    public List<KindResponse> kinds() {
        List<OrganizationSubKind> subs = OrganizationSubKind.list("order by kindCode, sortOrder");
        Map<String, List<SubKindResponse>> byKind = new HashMap<>();
        for (OrganizationSubKind s : subs) {
            byKind.computeIfAbsent(s.kindCode, k -> new ArrayList<>())
                    .add(new SubKindResponse(s.code, s.labelJa, s.labelEn));
        }
        return OrganizationKind.<OrganizationKind>list("order by sortOrder, code").stream()
                .map(k -> toResponse(k, byKind.getOrDefault(k.code, List.of()))).toList();
    }

    private static KindResponse toResponse(OrganizationKind k, List<SubKindResponse> subs) {
        return new KindResponse(k.code, k.labelJa, k.labelEn, k.sortOrder, k.hasMembership, k.districtScoped, subs,
                k.version);
    }

    @Transactional
    public KindResponse updateKind(String code, KindRequest r, String ifMatch) {
        OrganizationKind k = OrganizationKind.findById(code);
        if (k == null) {
            throw ProblemException.notFound("Organization kind", code);
        }
        writes.update(KIND, k, ifMatch, x -> {
            x.labelJa = r.labelJa().strip();
            x.labelEn = r.labelEn().strip();
            x.sortOrder = r.sortOrder();
        });
        return kinds().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }
}
