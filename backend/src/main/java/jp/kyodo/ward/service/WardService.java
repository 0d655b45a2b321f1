package jp.kyodo.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.ward.Ward;
import jp.kyodo.ward.WardDtos;
import jp.kyodo.ward.WardDtos.WardRequest;
import jp.kyodo.ward.WardDtos.WardResponse;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WardService {

    /** 区: history and 412 answers carry the API's representation. */
    static final Aggregate<Ward> WARD = Aggregate.of("Ward", w -> w.id, w -> w.version, WardDtos::toResponse);

    @Inject
    Writes writes;

    @Inject
    EntityManager em;

    public Page<WardResponse> list(PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        k.restrict(where, params, "w.updatedAt", "w.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, Map.of("code", "w.code", "name", "w.name", "kana", "w.kana"),
                "code", "w.id"), "w.updatedAt", "w.id");
        return JpqlPage.of(em, "select count(w) from Ward w" + where, "select w from Ward w" + where + order, Ward.class,
                params, p, k).map(WardDtos::toResponse);
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
        return WardDtos.toResponse(writes.create(WARD, w));
    }

    @Transactional
    public WardResponse update(long id, WardRequest r, String ifMatch) {
        Ward w = find(id);
        return WardDtos.toResponse(writes.update(WARD, w, ifMatch, ward -> {
            if (!ward.code.equals(r.code()) && Ward.count("code", r.code()) > 0) {
                throw ProblemException.invalid("code", "already used by another ward", "Unique");
            }
            apply(ward, r);
        }));
    }

    private static void apply(Ward w, WardRequest r) {
        w.code = r.code();
        w.name = r.name().strip();
        w.kana = TextNormalizer.reading(r.kana());
        w.searchKey = TextNormalizer.searchKey(w.name, w.kana, w.code);
    }
}
