package jp.kyodo.plan.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.plan.evaluation.EvaluationDtos.Grade;
import jp.kyodo.plan.evaluation.RatingGrade;

/**
 * 評価の尺度 — the grades the committee rates with. Replaced as a whole by an admin; a grade an evaluation uses cannot
 * be removed (published reports keep their own copy of the scale, so renaming a grade never rewrites them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RatingScaleService {

    public static final String ENTITY = "RatingScale";
    /** The scale is one record for the history: it has no id of its own. */
    public static final long SCALE_ID = 1L;

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    /** The scale as one record: it has no row of its own, so it is read from the grades whenever it is needed. */
    static final class Scale {
    }

    private static final Scale SCALE = new Scale();

    /** Its version is a checksum of its content; its history keeps each grade as one line. */
    final Aggregate<Scale> scale = Aggregate.<Scale>of(ENTITY, x -> SCALE_ID, x -> version(grades()), x -> grades())
            .withState(x -> auditState(grades()));

    public List<Grade> grades() {
        return em.createQuery("from RatingGrade g order by g.position, g.code", RatingGrade.class).getResultList().stream()
                .map(RatingScaleService::toDto).toList();
    }

    public Set<String> codes() {
        return grades().stream().map(Grade::code).collect(Collectors.toSet());
    }

    static Grade toDto(RatingGrade g) {
        return new Grade(g.code, g.position, g.labelJa, g.labelEn, g.descriptionJa, g.descriptionEn);
    }

    /** The scale's ETag: a checksum of its content (the table has no version column, and the scale changes rarely). */
    public static long version(List<Grade> grades) {
        CRC32 crc = new CRC32();
        for (Grade g : grades) {
            crc.update((g.code() + '\u0001' + g.position() + '\u0001' + g.labelJa() + '\u0001' + g.labelEn() + '\u0001'
                    + g.descriptionJa() + '\u0001' + g.descriptionEn() + '\u0002').getBytes(StandardCharsets.UTF_8));
        }
        return crc.getValue();
    }

    @Transactional
    public List<Grade> replace(List<Grade> input, String ifMatch) {
        writes.update(scale, SCALE, ifMatch, x -> apply(input));
        return grades();
    }

    private void apply(List<Grade> input) {
        List<Grade> current = grades();
        List<FieldProblem> errors = new ArrayList<>();
        if (input.size() < 2) {
            errors.add(new FieldProblem("grades", "a rating scale needs at least 2 grades", "Size"));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < input.size(); k++) {
            if (!seen.add(input.get(k).code().strip())) {
                errors.add(new FieldProblem("grades[" + k + "].code", "code '" + input.get(k).code().strip() + "' is used twice", "Unique"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // best first: the given positions, else the order of the list; renumbered 1..n
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < input.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparing((Integer k) -> input.get(k).position() == null ? k + 1 : input.get(k).position())
                .thenComparing(k -> k));
        Set<String> removed = current.stream().map(Grade::code).filter(c -> !seen.contains(c)).collect(Collectors.toSet());
        if (!removed.isEmpty()) {
            Map<String, Long> used = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("select e.rating, count(e) from Evaluation e where e.rating in :codes group by e.rating"
                    + " order by e.rating", Object[].class).setParameter("codes", removed).getResultList()) {
                used.put((String) r[0], (Long) r[1]);
            }
            if (!used.isEmpty()) {
                throw ProblemException.conflict("Evaluations use the grade(s) to be removed: " + used.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                        + ". Keep them, or rename them instead of removing them");
            }
        }
        Map<String, RatingGrade> stored = new HashMap<>();
        RatingGrade.<RatingGrade>listAll().forEach(g -> stored.put(g.code, g));
        for (String code : removed) {
            stored.get(code).delete();
        }
        int position = 1;
        for (int k : order) {
            Grade in = input.get(k);
            RatingGrade g = stored.get(in.code().strip());
            boolean added = g == null;
            if (added) {
                g = new RatingGrade();
                g.code = in.code().strip();
            }
            g.position = position++;
            g.labelJa = in.labelJa().strip();
            g.labelEn = in.labelEn().strip();
            g.descriptionJa = Strings.blankToNull(in.descriptionJa());
            g.descriptionEn = Strings.blankToNull(in.descriptionEn());
            if (added) {
                g.persist();
            }
        }
    }

    private static Map<String, Object> auditState(List<Grade> grades) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (Grade g : grades) {
            s.put(g.code(), g.position() + ". " + g.labelJa() + " / " + g.labelEn()
                    + (g.descriptionJa() == null ? "" : " — " + g.descriptionJa()));
        }
        return s;
    }
}
