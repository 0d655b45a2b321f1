package jp.kyodo.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Versions;
import jp.kyodo.ward.Ward;
import jp.kyodo.ward.WardDtos;
import jp.kyodo.ward.WardDtos.WardRequest;
import jp.kyodo.ward.WardDtos.WardResponse;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WardService {

    @Inject
    AuditService audit;

    public Page<WardResponse> list(PageParams p) {
        String order = SortSpec.orderBy(p.sort, Map.of("code", "code", "name", "name", "kana", "kana"), "code", "id");
        long total = Ward.count();
        List<Ward> wards = Ward.<Ward>find("from Ward" + order).page(p.page - 1, p.size).list();
        return new Page<>(wards.stream().map(WardDtos::toResponse).toList(), total, p.page, p.size);
    }

    public Ward find(long id) {
        Ward w = Ward.findById(id);
        if (w == null) {
            throw ProblemException.notFound("Ward", id);
        }
        return w;
    }

    @Transactional
    public WardResponse create(WardRequest r) {
        if (Ward.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another ward", "Unique");
        }
        Ward w = new Ward();
        apply(w, r);
        w.persist();
        WardResponse after = WardDtos.toResponse(w);
        audit.record("Ward", w.id, null, null, AuditService.CREATE, null, after);
        return after;
    }

    @Transactional
    public WardResponse update(long id, WardRequest r, String ifMatch) {
        Ward w = find(id);
        WardResponse before = WardDtos.toResponse(w);
        Versions.check(ifMatch, w.version, () -> before);
        if (!w.code.equals(r.code()) && Ward.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another ward", "Unique");
        }
        apply(w, r);
        Ward.getEntityManager().flush();
        WardResponse after = WardDtos.toResponse(w);
        audit.record("Ward", w.id, null, null, AuditService.UPDATE, before, after);
        return after;
    }

    private static void apply(Ward w, WardRequest r) {
        w.code = r.code();
        w.name = r.name().strip();
        w.kana = TextNormalizer.reading(r.kana());
        w.searchKey = TextNormalizer.searchKey(w.name, w.kana, w.code);
    }
}
