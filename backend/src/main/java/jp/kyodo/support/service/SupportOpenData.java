package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.plan.publication.OpenDataDtos;
import jp.kyodo.plan.publication.OpenDataDtos.Dataset;
import jp.kyodo.plan.publication.OpenDataDtos.Distribution;
import jp.kyodo.plan.publication.OpenDataDtos.Publisher;
import jp.kyodo.plan.publication.OpenDataDtos.Text;
import jp.kyodo.plan.publication.service.OpenDataSource;

/**
 * The support feature's open data in the catalogue: each edition of the support catalogue (the matrix, JSON) and,
 * for each fiscal year with decided cases, the amounts granted per organization (CSV and JSON) — two statements.
 */
@ApplicationScoped
public class SupportOpenData implements OpenDataSource {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    @Inject
    EntityManager em;

    @Override
    public List<Dataset> datasets(String base, Publisher publisher) {
        List<Dataset> out = new ArrayList<>();
        for (Integer fy : em.createQuery("select distinct p.fiscalYear from SupportProgram p order by p.fiscalYear desc", Integer.class)
                .getResultList()) {
            out.add(new Dataset("support-catalog-" + fy, new Text(fy + "年度 支援策一覧", "Support programs " + fy),
                    new Text("市の基本施策に対応する事業一覧：実施主体ごとの支援策と、人材育成・広報支援・情報提供・場の提供・連携・交流・財政支援・その他の区分。",
                            "The city's support programs by implementing section and category (the printed catalogue matrix)."),
                    publisher, OpenDataDtos.LICENSE, OpenDataDtos.RIGHTS, null, null, List.of("支援策", "協働", "コミュニティ"),
                    List.of(new Distribution(new Text("支援策一覧（JSON）", "Catalogue (JSON)"), base + "/api/v1/support-catalog/" + fy, JSON),
                            new Distribution(new Text("支援策（JSON、一覧）", "Programs (JSON, a list)"),
                                    base + "/api/v1/support-programs?fiscalYear=" + fy + "&size=200", JSON))));
        }
        for (Integer fy : em.createQuery("select distinct c.fiscalYear from GrantCase c where c.decidedYen is not null "
                + "order by c.fiscalYear desc", Integer.class).getResultList()) {
            String path = base + "/api/v1/public/grants/" + fy;
            out.add(new Dataset("grants-" + fy, new Text(fy + "年度 補助金等の交付決定額", "Amounts granted " + fy),
                    new Text("補助金・委託の団体ごとの交付決定額と確定額（個人情報を含みません）。",
                            "Decided and final amounts of subsidies and consignments per organization (no personal data)."),
                    publisher, OpenDataDtos.LICENSE, OpenDataDtos.RIGHTS, null, null, List.of("補助金", "交付決定", "コミュニティ"),
                    List.of(new Distribution(new Text("交付決定額（CSV）", "Amounts granted (CSV)"), path + "/csv", CSV),
                            new Distribution(new Text("交付決定額（JSON）", "Amounts granted (JSON)"), path + "?size=200", JSON))));
        }
        return out;
    }
}
