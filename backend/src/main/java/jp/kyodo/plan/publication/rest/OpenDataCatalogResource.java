package jp.kyodo.plan.publication.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.plan.publication.OpenDataDtos.Catalog;
import jp.kyodo.plan.publication.service.OpenDataCatalogService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** オープンデータ カタログ — what kyodo publishes, for harvesters (DCAT terms). */
@Path("/api/v1/open-data/catalog")
@Tag(name = "public")
public class OpenDataCatalogResource {

    @Inject
    OpenDataCatalogService catalog;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataCatalog", summary = "The open-data catalogue (オープンデータ カタログ)",
            description = "Every public dataset in DCAT terms (dcat:Catalog → dataset → distribution): each published report year, "
                    + "its downloads pinned to the latest revision (immutable), and the registers read live from the API (wards, "
                    + "districts, join rates, council meetings). Titles and descriptions in Japanese and English, the publisher "
                    + "(kyodo.open-data.*), the licence (CC BY 4.0; 公共データ利用規約（第1.0版）), issued and modified for published "
                    + "reports. Download URLs are absolute. " + ApiDoc.PUBLIC)
    public Catalog getOpenDataCatalog(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return catalog.catalog(base);
    }
}
