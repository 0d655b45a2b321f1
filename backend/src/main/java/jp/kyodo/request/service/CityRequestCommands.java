package jp.kyodo.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.web.Versions;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.burden.KeptBurden;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.CityRequestResponse;
import jp.kyodo.request.rules.RuleService;

/** 依頼等 — creating, changing and deleting a request: the section's right, the refusal rules, one write path. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CityRequestCommands {

    @Inject
    KeptBurden burden;

    @Inject
    EntityManager em;

    @Inject
    RequestPolicy policy;

    @Inject
    Writes writes;

    @Inject
    CityRequestService queries;

    @Inject
    RequestValidation validation;

    /**
     * 依頼等: history stores every field ({@link RequestValidation#auditState}); 412 answers carry the API's
     * representation. The import writes through it too.
     */
    public Aggregate<CityRequest> aggregate() {
        return Aggregate.<CityRequest>of(CityRequestService.ENTITY, r -> r.id, r -> r.version, queries::toResponse)
                .withState(RequestValidation::auditState);
    }

    @Transactional
    public CityRequestResponse create(CityRequestInput in) {
        CityRequest r = new CityRequest();
        CityRequestService.Validated v = validation.validate(in, null);
        policy.requireWrite(v.section().id);
        RuleService.refuse(RuleService.violations(in.kind(), in.headCount(), in.mandatory(), in.asks()));
        r.code = v.code() != null ? v.code() : RequestValidation.newCode(in.fiscalYear());
        RequestValidation.apply(r, in, v);
        KeptBurden.Before before = burden.before(List.of());
        writes.create(aggregate(), r);
        burden.after(before, List.of(r.id));
        return queries.toResponse(r);
    }

    @Transactional
    public CityRequestResponse update(long id, CityRequestInput in, String ifMatch) {
        CityRequest r = queries.find(id);
        policy.requireWrite(r.section.id);
        KeptBurden.Before before = burden.before(List.of(id));
        CityRequest out = writes.update(aggregate(), r, ifMatch, x -> {
            CityRequestService.Validated v = validation.validate(in, x);
            policy.requireWrite(v.section().id);
            RuleService.refuse(RuleService.violations(in.kind(), in.headCount(), in.mandatory(), in.asks()));
            if (v.code() != null) {
                x.code = v.code();
            }
            RequestValidation.apply(x, in, v);
        });
        burden.after(before, List.of());
        return queries.toResponse(out);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CityRequest r = queries.find(id);
        policy.requireWrite(r.section.id);
        Versions.check(ifMatch, r.version, () -> queries.toResponse(r));
        long reviewed = (Long) em.createQuery("select count(i) from ReviewItem i where i.request.id = :id or i.mergeInto.id = :id")
                .setParameter("id", id).getSingleResult();
        if (reviewed > 0) {
            throw ProblemException.conflict("The request is part of a review; set its status to ENDED instead of deleting it");
        }
        KeptBurden.Before before = burden.before(List.of(id));
        writes.delete(aggregate(), r);
        burden.after(before, List.of());
    }
}
