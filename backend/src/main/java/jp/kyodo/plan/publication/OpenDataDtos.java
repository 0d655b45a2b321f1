package jp.kyodo.plan.publication;

import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open-data catalogue, in DCAT terms (dcat:Catalog, dcat:Dataset, dcat:Distribution; dct:title …). */
public final class OpenDataDtos {

    /** CC BY 4.0, with which the Japanese government's 公共データ利用規約（第1.0版） is compatible. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String RIGHTS = "公共データ利用規約（第1.0版）（PDL1.0）に基づき利用できます（CC BY 4.0 互換）。"
            + " Usable under the Public Data License (Version 1.0), compatible with CC BY 4.0.";

    private OpenDataDtos() {
    }

    @Schema(name = "LocalizedText", description = "A text in Japanese and English")
    public record Text(@Schema(examples = "校区一覧") String ja, @Schema(examples = "School districts") String en) {
    }

    @Schema(name = "OpenDataPublisher", description = "dct:publisher — a foaf:Agent")
    public record Publisher(Text name, @Schema(examples = "https://www.city.fukuoka.lg.jp/") String homepage) {
    }

    @Schema(name = "OpenDataDistribution", description = "dcat:Distribution — one way to get a dataset")
    public record Distribution(
            Text title,
            @Schema(description = "dcat:downloadURL", examples = "https://kyodo.example.jp/api/v1/districts?size=200") String downloadURL,
            @Schema(description = "dcat:mediaType", examples = "application/json") String mediaType) {
    }

    @Schema(name = "OpenDataset", description = "dcat:Dataset — a public dataset")
    public record Dataset(
            @Schema(description = "dct:identifier", examples = "districts") String identifier,
            Text title,
            Text description,
            Publisher publisher,
            @Schema(description = "dct:license", examples = LICENSE) String license,
            @Schema(description = "dct:rights") String rights,
            @Schema(description = "dct:issued (first publication), absent for a dataset kept live")
            @Nullable OffsetDateTime issued,
            @Schema(description = "dct:modified (the latest publication), absent for a dataset kept live (its ETag says when "
                    + "it changed)") @Nullable OffsetDateTime modified,
            @Schema(description = "dcat:keyword") List<String> keyword,
            List<Distribution> distribution) {
    }

    @Schema(name = "OpenDataCatalog", description = "dcat:Catalog — the public datasets kyodo serves")
    public record Catalog(
            Text title,
            Publisher publisher,
            @Schema(description = "dct:license", examples = LICENSE) String license,
            @Schema(examples = "https://www.w3.org/TR/vocab-dcat-3/") String conformsTo,
            List<Dataset> dataset) {
    }
}
