package jp.kyodo.plan.publication.service;

import java.util.List;
import jp.kyodo.plan.publication.OpenDataDtos.Dataset;
import jp.kyodo.plan.publication.OpenDataDtos.Publisher;

/**
 * オープンデータの提供元 — a later feature's public data sets, listed in the open-data catalogue beside the published
 * reports: each implementation is an application-scoped CDI bean found by {@link OpenDataCatalogService}, so a
 * feature lists its data without the plan feature naming it.
 */
public interface OpenDataSource {

    /** The data sets, their download URLs absolute under {@code base} (scheme, host and port of the request). */
    List<Dataset> datasets(String base, Publisher publisher);
}
