package jp.kyodo.membership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.district.District;
import jp.kyodo.membership.JoinRate;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.TreeNode;
import jp.kyodo.organization.OrganizationKind;

/**
 * 団体の階層 — a district's organizations as a tree, each association with its latest membership figures and
 * join rate. It lives with the figures it shows (organizations know nothing of figures).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationTreeService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The district's organizations as a tree, with each association's latest membership figures: 2 queries. */
    public List<TreeNode> tree(long districtId) {
        District d = District.findById(districtId);
        if (d == null) {
            throw ProblemException.notFound("District", districtId);
        }
        List<Organization> orgs = em.createQuery("from Organization o where o.district.id = :d", Organization.class)
                .setParameter("d", districtId).getResultList();
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, m.fiscalYear, m.households, m.memberHouseholds "
                + "from MembershipFigure m where m.organization.district.id = :d and m.fiscalYear = "
                + "(select max(m2.fiscalYear) from MembershipFigure m2 where m2.organization = m.organization)",
                Object[].class).setParameter("d", districtId).getResultList()) {
            latest.put((Long) r[0], r);
        }
        boolean canEdit = currentUser.canEditDistrict(districtId);
        Map<Long, List<Organization>> children = new HashMap<>();
        List<Organization> roots = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        orgs.forEach(o -> ids.add(o.id));
        for (Organization o : orgs) {
            Long parentId = o.parent == null ? null : o.parent.id;
            if (parentId != null && ids.contains(parentId)) {
                children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        Map<String, Integer> kindOrder = new HashMap<>();
        OrganizationKind.<OrganizationKind>listAll().forEach(k -> kindOrder.put(k.code, k.sortOrder));
        return build(roots, children, latest, canEdit, kindOrder);
    }

    private List<TreeNode> build(List<Organization> level, Map<Long, List<Organization>> children,
            Map<Long, Object[]> latest, boolean canEdit, Map<String, Integer> kindOrder) {
        return level.stream()
                .sorted(Comparator.comparing((Organization o) -> kindOrder.getOrDefault(o.kindCode, 999))
                        .thenComparing(o -> o.kana))
                .map(o -> {
                    Object[] m = latest.get(o.id);
                    Integer h = m == null ? null : (Integer) m[2];
                    Integer mh = m == null ? null : (Integer) m[3];
                    BigDecimal rate = m == null ? null
                            : JoinRate.of(mh.longValue(), h.longValue());
                    List<Organization> kids = children.getOrDefault(o.id, List.of());
                    return new TreeNode(o.id, o.code, o.kindCode, o.subKindCode, o.name, o.kana,
                            m == null ? null : (Integer) m[1], h, mh, rate, canEdit,
                            kids.isEmpty() ? null : build(kids, children, latest, canEdit, kindOrder));
                }).toList();
    }
}
