package jp.kyodo.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
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
