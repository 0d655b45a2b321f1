package jp.kyodo.plan.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.publication.OpenDataDtos.Catalog;
import jp.kyodo.plan.publication.OpenDataDtos.Dataset;
import jp.kyodo.plan.publication.OpenDataDtos.Distribution;
import jp.kyodo.plan.publication.OpenDataDtos.Publisher;
import jp.kyodo.plan.publication.OpenDataDtos.Text;
import jp.kyodo.plan.publication.PublicationDtos.PublicReportSummary;
import jp.kyodo.plan.publication.OpenDataDtos;

/**
 * The open-data catalogue: every published report year (its open data pinned to the latest revision, so each
 * download URL is immutable) and the registers anyone may read live through the API. URLs are absolute, on the base
 * the request came in on.
 */
@ApplicationScoped
public class OpenDataCatalogService {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    @Inject
    PublicReportService reports;

    @Inject
    EntityManager em;

    @Inject
    KyodoConfig config;

    @Inject
    jakarta.enterprise.inject.Instance<OpenDataSource> sources;

    public Catalog catalog(String base) {
        Publisher publisher = new Publisher(new Text(config.openData().publisherJa(), config.openData().publisherEn()),
                config.openData().publisherUrl());
        List<Dataset> datasets = new ArrayList<>();
        for (PublicReportSummary r : reports.list()) {
            LocalDateTime first = em.createQuery("select min(p.publishedAt) from PublishedReport p, Plan plan where plan.id = p.planId"
                    + " and plan.code = :code and p.fiscalYear = :fy", LocalDateTime.class)
                    .setParameter("code", r.planCode()).setParameter("fy", r.fiscalYear()).getSingleResult();
            String path = base + "/api/v1/public/reports/" + r.planCode() + "/" + r.fiscalYear();
            String pin = "?revision=" + r.revision();
            datasets.add(new Dataset("report-" + r.planCode() + "-" + r.fiscalYear(),
                    new Text(r.planName() + " " + r.fiscalYear() + "年度 評価報告書",
                            "Evaluation report " + r.fiscalYear() + ": " + r.planCode()),
                    new Text("計画の取り組みごとの進捗状況、評価、評価コメント、提言（公表された第" + r.revision() + "版）。",
                            "Progress, rating, comments and recommendations of every initiative of the plan (published revision "
                                    + r.revision() + ")."),
                    publisher, OpenDataDtos.LICENSE, OpenDataDtos.RIGHTS,
                    EvaluationService.at(first), r.publishedAt(), List.of("評価報告書", "協働", "コミュニティ"),
                    List.of(new Distribution(new Text("取り組み（CSV）", "Initiatives (CSV)"), path + "/initiatives/csv" + pin, CSV),
                            new Distribution(new Text("取り組み（JSON）", "Initiatives (JSON)"), path + "/initiatives" + pin, JSON),
                            new Distribution(new Text("報告書（JSON）", "Report (JSON)"), path + pin, JSON))));
        }
        datasets.add(live(publisher, "wards", "区", "Wards", "区の一覧。", "The city's wards.",
                base + "/api/v1/wards?size=200"));
        datasets.add(live(publisher, "districts", "校区", "School districts",
                "校区の一覧と年度ごとの自治会・町内会加入率。", "School districts with their neighborhood-association join rate of the year.",
                base + "/api/v1/districts?size=200"));
        datasets.add(live(publisher, "join-rates", "自治会・町内会加入率", "Neighborhood-association join rates",
                "校区ごと・年度ごとの世帯数、加入世帯数、加入率。", "Households, member households and join rate per district and fiscal year.",
                base + "/api/v1/join-rates?level=DISTRICT&size=200"));
        datasets.add(live(publisher, "council-meetings", "協議会の会議", "Council meetings",
                "協議会の会議と議題（公開）。", "Meetings of the community councils and their agenda (public).",
                base + "/api/v1/council-meetings?size=200"));
        sources.forEach(s -> datasets.addAll(s.datasets(base, publisher)));
        return new Catalog(new Text("kyodo オープンデータ", "kyodo open data"), publisher, OpenDataDtos.LICENSE,
                "https://www.w3.org/TR/vocab-dcat-3/", datasets);
    }

    private static Dataset live(Publisher publisher, String id, String ja, String en, String descJa, String descEn, String url) {
        return new Dataset(id, new Text(ja, en), new Text(descJa + "API から最新の内容を読めます（一覧は page と size で続きを読む）。",
                descEn + " Read live from the API (lists page with page and size)."), publisher, OpenDataDtos.LICENSE,
                OpenDataDtos.RIGHTS, null, null, List.of(ja), List.of(new Distribution(new Text(ja + "（JSON）", en + " (JSON)"), url, JSON)));
    }
}
