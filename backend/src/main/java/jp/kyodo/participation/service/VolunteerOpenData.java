package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import jp.kyodo.plan.publication.OpenDataDtos;
import jp.kyodo.plan.publication.OpenDataDtos.Dataset;
import jp.kyodo.plan.publication.OpenDataDtos.Distribution;
import jp.kyodo.plan.publication.OpenDataDtos.Publisher;
import jp.kyodo.plan.publication.OpenDataDtos.Text;
import jp.kyodo.plan.publication.service.OpenDataSource;

/** The open volunteer posts in the open-data catalogue (JSON and CSV; no contact details, no inquiries). */
@ApplicationScoped
public class VolunteerOpenData implements OpenDataSource {

    @Override
    public List<Dataset> datasets(String base, Publisher publisher) {
        String path = base + "/api/v1/public/volunteer-posts";
        return List.of(new Dataset("volunteer-posts", new Text("ボランティア募集", "Calls for volunteers"),
                new Text("校区の自治協議会などが募集しているボランティア（活動内容・日時・場所・人数・条件・締切）。問い合わせは市のフォームから。",
                        "What the district councils ask volunteers for: activity, dates, place, number, conditions, closing day. "
                                + "Inquiries go through the city's form."),
                publisher, OpenDataDtos.LICENSE, OpenDataDtos.RIGHTS, null, null, List.of("ボランティア", "協働", "コミュニティ"),
                List.of(new Distribution(new Text("ボランティア募集（CSV）", "Calls for volunteers (CSV)"), path + "/csv", "text/csv"),
                        new Distribution(new Text("ボランティア募集（JSON）", "Calls for volunteers (JSON)"), path + "?size=200",
                                "application/json"))));
    }
}
