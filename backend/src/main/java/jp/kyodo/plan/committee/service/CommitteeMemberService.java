package jp.kyodo.plan.committee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Versions;
import jp.kyodo.plan.committee.CommitteeDtos.MemberInput;
import jp.kyodo.plan.committee.CommitteeDtos.MemberResponse;
import jp.kyodo.plan.committee.CommitteeMeeting;
import jp.kyodo.plan.committee.CommitteeMember;

/**
 * 推進委員会の委員 — the committee's members with their terms. Contact fields are personal data: only the office and
 * admins receive them; history shows them as *** to others.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteeMemberService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String ENTITY_MEMBER = "CommitteeMember";

    static final Map<String, String> MEMBER_SORT = Map.of("kana", "m.kana", "name", "m.name", "affiliation", "m.affiliation",
            "termFrom", "m.termFrom", "termTo", "m.termTo");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    /** Members: the history keeps every stored field (contact redacted when read by others). */
    final Aggregate<CommitteeMember> member = Aggregate.<CommitteeMember>of(ENTITY_MEMBER, m -> m.id, m -> m.version,
            m -> toResponse(m, java.time.LocalDate.now(clock))).withState(CommitteeMemberService::auditState);

    public Page<MemberResponse> members(Boolean active, String q, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (active != null) {
            String covers = "(m.termFrom <= :today and (m.termTo is null or m.termTo >= :today))";
            where.append(active ? " and " + covers : " and not " + covers);
            params.put("today", java.time.LocalDate.now(clock));
        }
        if (q != null && !q.isBlank()) {
            where.append(" and m.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(q));
        }
        k.restrict(where, params, "m.updatedAt", "m.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, MEMBER_SORT, "kana", "m.id"), "m.updatedAt", "m.id");
        Page<CommitteeMember> found = JpqlPage.of(em, "select count(m) from CommitteeMember m" + where,
                "select m from CommitteeMember m" + where + order, CommitteeMember.class, params, p, k);
        LocalDate today = java.time.LocalDate.now(clock);
        return found.map(m -> toResponse(m, today));
    }

    public CommitteeMember findMember(long id) {
        CommitteeMember m = CommitteeMember.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Committee member", id);
        }
        return m;
    }

    public MemberResponse getMember(long id) {
        return toResponse(findMember(id), java.time.LocalDate.now(clock));
    }

    MemberResponse toResponse(CommitteeMember m, LocalDate today) {
        boolean contact = currentUser.isAdminOrOffice();
        return new MemberResponse(m.id, m.name, m.kana, m.affiliation, m.roleTitle, m.termFrom, m.termTo,
                contact ? m.email : null, contact ? m.phone : null, m.activeOn(today), m.version, m.createdAt, m.updatedAt);
    }

    /** Every stored field, contact included: the history redacts email and phone for those who may not read them. */
    static Map<String, Object> auditState(CommitteeMember m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", m.name);
        s.put("kana", m.kana);
        s.put("affiliation", m.affiliation);
        s.put("roleTitle", m.roleTitle);
        s.put("termFrom", m.termFrom);
        s.put("termTo", m.termTo);
        s.put("email", m.email);
        s.put("phone", m.phone);
        return s;
    }

    @Transactional
    public MemberResponse createMember(MemberInput in) {
        CommitteeMember m = new CommitteeMember();
        apply(m, in);
        return toResponse(writes.create(member, m), java.time.LocalDate.now(clock));
    }

    @Transactional
    public MemberResponse updateMember(long id, MemberInput in, String ifMatch) {
        return toResponse(writes.update(member, findMember(id), ifMatch, m -> apply(m, in)), java.time.LocalDate.now(clock));
    }

    @Transactional
    public void deleteMember(long id, String ifMatch) {
        CommitteeMember m = findMember(id);
        Versions.check(ifMatch, m.version, () -> toResponse(m, java.time.LocalDate.now(clock)));
        long attended = em.createQuery("select count(m) from CommitteeMeeting m join m.attendeeIds a where a = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (attended > 0) {
            throw ProblemException.conflict("The member attended " + attended
                    + " meeting(s); the minutes keep them. End their term (termTo) instead");
        }
        writes.delete(member, m);
    }

    private static void apply(CommitteeMember m, MemberInput in) {
        if (in.termTo() != null && in.termTo().isBefore(in.termFrom())) {
            throw ProblemException.invalid("termTo", "must not be before termFrom", "Range");
        }
        m.name = in.name().strip();
        m.kana = kana(in.kana());
        m.affiliation = in.affiliation().strip();
        m.roleTitle = Strings.blankToNull(in.roleTitle());
        m.termFrom = in.termFrom();
        m.termTo = in.termTo();
        m.email = Strings.blankToNull(in.email());
        m.phone = Strings.blankToNull(in.phone());
        m.searchKey = TextNormalizer.searchKey(m.name, m.kana, m.affiliation, m.roleTitle);
    }

    /** Stored in hiragana (katakana of either width folded), spaces between family and given name kept. */
    static String kana(String s) {
        String k = Strings.blankToNull(s);
        if (k == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : k.split("[ 　]+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(TextNormalizer.reading(part));
        }
        return out.toString();
    }
}
