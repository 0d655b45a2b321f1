package jp.kyodo.plan.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jakarta.ws.rs.core.StreamingOutput;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.transfer.Csv;
import jp.kyodo.common.transfer.FormulaGuard;
import jp.kyodo.common.web.Etags;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.evaluation.EvaluationDtos.Grade;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.publication.PublicationDtos.OpenDataRow;
import jp.kyodo.plan.publication.PublicationDtos.PublicEvaluation;
import jp.kyodo.plan.publication.PublicationDtos.PublicInitiative;
import jp.kyodo.plan.publication.PublicationDtos.PublicNode;
import jp.kyodo.plan.publication.PublicationDtos.PublicProgress;
import jp.kyodo.plan.publication.PublicationDtos.PublicReport;
import jp.kyodo.plan.publication.PublicationDtos.PublicReportSummary;
import jp.kyodo.plan.publication.PublicationDtos.PublicRevision;
import jp.kyodo.plan.publication.PublishedReport;

/**
 * The public side (公開): reads nothing but the stored snapshots, so nothing unpublished and no personal data can
 * reach it. A report is served as it was stored, with the list of the year's revisions added; open data is derived
 * from the same snapshot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicReportService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    StoredReports storedReports;

    /** The latest revision of every published year, newest year first. */
    public List<PublicReportSummary> list() {
        List<PublishedReport> latest = em.createQuery("select r from PublishedReport r where r.revision = (select max(x.revision)"
                + " from PublishedReport x where x.planId = r.planId and x.fiscalYear = r.fiscalYear)"
                + " order by r.fiscalYear desc, r.planId", PublishedReport.class).getResultList();
        List<PublicReportSummary> out = new ArrayList<>();
        for (PublishedReport r : latest) {
            JsonNode plan = tree(r).path("plan");
            out.add(new PublicReportSummary(plan.path("code").asText(), plan.path("name").asText(), r.fiscalYear, r.revision,
                    EvaluationService.at(r.publishedAt)));
        }
        return out;
    }

    /** The stored revision (default: the latest); 404 for a year or revision never published. */
    public PublishedReport find(String planCode, int fiscalYear, Integer revision) {
        var q = em.createQuery("select r from PublishedReport r where r.planId = (select p.id from Plan p where p.code = :code)"
                + " and r.fiscalYear = :fy" + (revision == null ? "" : " and r.revision = :rev") + " order by r.revision desc",
                PublishedReport.class).setParameter("code", planCode).setParameter("fy", fiscalYear);
        if (revision != null) {
            q.setParameter("rev", revision);
        }
        List<PublishedReport> found = q.setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Published report", planCode + "/" + fiscalYear
                    + (revision == null ? "" : " revision " + revision));
        }
        return found.get(0);
    }

    /**
     * A revision as served: the stored JSON with `revisions` (every published revision of the year, newest first)
     * inserted where the snapshot's layout says, and an ETag made of the snapshot's stored digest and the year's latest
     * revision — the revisions are only ever added, so that number names the list. Neither the snapshot is parsed nor
     * the other revisions' snapshots read.
     */
    public ServedReport report(String planCode, int fiscalYear, Integer revision) {
        PublishedReport r = find(planCode, fiscalYear, revision);
        // the list's three columns only, not the other revisions' snapshots
        List<PublicRevision> revisions = em.createQuery("select r.revision, r.publishedAt, r.note from PublishedReport r"
                + " where r.planId = :p and r.fiscalYear = :fy order by r.revision desc", Object[].class)
                .setParameter("p", r.planId).setParameter("fy", r.fiscalYear).getResultList().stream()
                .map(x -> new PublicRevision((Integer) x[0], EvaluationService.at((LocalDateTime) x[1]), (String) x[2])).toList();
        String digest = r.contentDigest;
        int at = r.revisionsAt == null ? storedReports.revisionsAt(r.content) : r.revisionsAt;
        if (digest == null) {
            digest = Etags.digest(r.content.getBytes(StandardCharsets.UTF_8));
        }
        String etag = "\"" + digest + "-r" + revisions.get(0).revision() + "\"";
        try {
            String list = mapper.writeValueAsString(revisions);
            String body = new StringBuilder(r.content.length() + list.length() + 16).append(r.content, 0, at)
                    .append(",\"revisions\":").append(list).append(r.content, at, r.content.length()).toString();
            return new ServedReport(etag, body.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published revision's answer: its bytes (JSON) and their ETag. */
    public record ServedReport(String etag, byte[] body) {
    }

    private ObjectNode tree(PublishedReport r) {
        try {
            return (ObjectNode) mapper.readTree(r.content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published report " + r.id + " is not JSON", e);
        }
    }

    // ---- open data --------------------------------------------------------------------------------------------

    /** One row per initiative (at its first placement that is not 【再掲】), in tree order. */
    public List<OpenDataRow> rows(String planCode, int fiscalYear, Integer revision) {
        PublicReport report;
        try {
            report = mapper.treeToValue(tree(find(planCode, fiscalYear, revision)), PublicReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> labels = new HashMap<>();
        for (Grade g : report.grades() == null ? List.<Grade>of() : report.grades()) {
            labels.put(g.code(), g.labelJa());
        }
        Map<String, OpenDataRow> rows = new LinkedHashMap<>();
        collect(report.nodes(), null, false, report.fiscalYear(), labels, rows);
        collect(report.nodes(), null, true, report.fiscalYear(), labels, rows);
        return List.copyOf(rows.values());
    }

    private static void collect(List<PublicNode> nodes, String parentPath, boolean relistedToo, int fiscalYear,
            Map<String, String> labels, Map<String, OpenDataRow> rows) {
        if (nodes == null) {
            return;
        }
        for (PublicNode n : nodes) {
            String own = n.code() == null || n.code().isBlank() ? null : n.code();
            String path = parentPath == null || parentPath.isEmpty() ? (own == null ? "" : own)
                    : own == null ? parentPath : parentPath + "-" + own;
            PublicInitiative i = n.initiative();
            if (i != null && (relistedToo || !n.relisted()) && !rows.containsKey(i.refKey())) {
                rows.put(i.refKey(), row(i, path, fiscalYear, labels));
            }
            collect(n.children(), path, relistedToo, fiscalYear, labels, rows);
        }
    }

    private static OpenDataRow row(PublicInitiative i, String path, int fiscalYear, Map<String, String> labels) {
        List<PublicProgress> periods = i.progress() == null ? List.of() : i.progress();
        PublicProgress latest = periods.stream().max(java.util.Comparator.comparingInt(PublicProgress::half)).orElse(null);
        String done;
        if (periods.size() <= 1) {
            done = latest == null ? null : latest.done();
        } else {
            done = periods.stream().filter(p -> p.done() != null && !p.done().isBlank())
                    .map(p -> HALVES[p.half()] + p.done()).collect(Collectors.joining("\n"));
        }
        PublicEvaluation e = i.evaluation();
        return new OpenDataRow(fiscalYear, path, i.refKey(), i.title(), i.tag(), targets(i.targets()),
                latest == null ? null : latest.status(), done == null || done.isEmpty() ? null : done,
                e == null ? null : e.rating(), e == null || e.rating() == null ? null : labels.get(e.rating()),
                e == null ? null : e.comment(), e == null ? null : e.recommendation(), e == null ? null : e.revision());
    }

    static final String[] HALVES = {"【通年】", "【上半期】", "【下半期】"};

    /** 実施目標 as printed (or, without a printed label, as 21年度実施), joined with 、. */
    static String targets(List<TargetDto> targets) {
        if (targets == null || targets.isEmpty()) {
            return null;
        }
        return targets.stream().map(t -> {
            if (t.label() != null && !t.label().isBlank()) {
                return t.label();
            }
            String kind = switch (t.kind()) {
                case START -> "実施";
                case BEGIN -> "着手";
                case COMPLETE -> "完了";
                case CONTINUE -> "継続";
            };
            String text = (t.fiscalYear() == null ? "" : t.fiscalYear() + "年度") + kind;
            return t.enhancesExisting() ? "(" + text + ")" : text;
        }).collect(Collectors.joining("、"));
    }

    static final List<String> CSV_HEADER = List.of("年度", "体系番号", "参照キー", "取り組み", "区分", "実施目標", "進捗状況",
            "実施内容", "評価", "評価の区分", "評価コメント", "提言", "評価の版");

    static String tagJa(InitiativeTag t) {
        return t == null ? null : switch (t) {
            case NEW -> "新規";
            case ENHANCED -> "充実";
        };
    }

    static String statusJa(ProgressStatus s) {
        return s == null ? null : switch (s) {
            case NOT_STARTED -> "未着手";
            case IN_PROGRESS -> "実施中";
            case CARRIED_OUT -> "実施済";
            case COMPLETED -> "完了";
            case CONTINUING -> "継続中";
            case DELAYED -> "遅延";
        };
    }

    /** The rows as CSV: UTF-8 with a byte order mark (Excel), CRLF, Japanese header, values in Japanese. */
    public static StreamingOutput csv(List<OpenDataRow> rows) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.BOM);
            w.write(Csv.record(CSV_HEADER));
            for (OpenDataRow r : rows) {
                List<String> f = new ArrayList<>();
                f.add(Integer.toString(r.fiscalYear()));
                f.add(text(r.path()));
                f.add(text(r.refKey()));
                f.add(text(r.title()));
                f.add(text(tagJa(r.tag())));
                f.add(text(r.targets()));
                f.add(text(statusJa(r.status())));
                f.add(text(r.done()));
                f.add(text(r.rating()));
                f.add(text(r.ratingLabel()));
                f.add(text(r.comment()));
                f.add(text(r.recommendation()));
                f.add(r.revision() == null ? "" : r.revision().toString());
                w.write(Csv.record(f));
            }
            w.flush();
        };
    }

    private static String text(String s) {
        return FormulaGuard.protect(Objects.requireNonNullElse(s, ""));
    }
}
