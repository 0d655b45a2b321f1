package jp.kyodo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.transfer.Column;
import jp.kyodo.transfer.Dataset;
import jp.kyodo.transfer.FileFormat;

/**
 * 出力 — the rows of a data set with the same filters as its list, each in one query (joins, no entity per
 * row), written as CSV or .xlsx in exactly the format the import reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

    /** File names carry the date in the city's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    EntityManager em;

    public record DistrictFilter(Long wardId, String q) {
    }

    public record OrganizationFilter(Long districtId, Long wardId, String kind, Long parentId, String q) {
    }

    public record FigureFilter(Long districtId, Long wardId, Integer fiscalYear) {
    }

    /** Rows in the order of {@link Dataset#DISTRICTS}' columns, by code. */
    public List<Object[]> districts(DistrictFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.wardId() != null) {
            where.append(" and w.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and d.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        return list("select d.code, d.name, d.kana, w.code, d.communityHall, d.note from District d join d.ward w"
                + where + " order by d.code", params);
    }

    /** Rows in the order of {@link Dataset#ORGANIZATIONS}' columns, by code; never the contact. */
    public List<Object[]> organizations(OrganizationFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and (w.id = :ward or dw.id = :ward)");
            params.put("ward", f.wardId());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" and o.kindCode = :kind");
            params.put("kind", f.kind());
        }
        if (f.parentId() != null) {
            where.append(" and p.id = :parent");
            params.put("parent", f.parentId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and o.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        return list("select o.code, o.kindCode, o.subKindCode, o.name, o.kana, d.code, w.code, p.code, o.foundedOn,"
                + " o.legalEntity, o.legalEntitySince, o.publishesAssemblyDocuments, o.publishesAccounts"
                + " from Organization o left join o.district d left join d.ward dw left join o.ward w"
                + " left join o.parent p" + where + " order by o.code", params);
    }

    /** Rows in the order of {@link Dataset#MEMBERSHIP_FIGURES}' columns, by organization code and year. */
    public List<Object[]> membershipFigures(FigureFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and (w.id = :ward or dw.id = :ward)");
            params.put("ward", f.wardId());
        }
        if (f.fiscalYear() != null) {
            where.append(" and m.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        return list("select o.code, o.name, m.fiscalYear, m.households, m.memberHouseholds, m.areaCountMethod,"
                + " m.source, m.note from MembershipFigure m join m.organization o left join o.district d"
                + " left join d.ward dw left join o.ward w" + where + " order by o.code, m.fiscalYear", params);
    }

    private List<Object[]> list(String jpql, Map<String, Object> params) {
        var q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** e.g. districts-20261122.csv */
    public static String fileName(Dataset dataset, FileFormat format) {
        return dataset.slug() + "-" + LocalDate.now(ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + "."
                + format.extension();
    }

    /** e.g. districts-template.xlsx */
    public static String templateName(Dataset dataset, FileFormat format) {
        return dataset.slug() + "-template." + format.extension();
    }

    /** The file, written when the response is sent (rows are already loaded: no database work then). */
    public static StreamingOutput file(Dataset dataset, FileFormat format, List<Object[]> rows) {
        if (format == FileFormat.XLSX) {
            return out -> Xlsx.write(out, dataset, rows);
        }
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.BOM);
            List<Column> columns = dataset.columns();
            w.write(Csv.record(columns.stream().map(Column::key).toList()));
            List<String> fields = new ArrayList<>(columns.size());
            for (Object[] row : rows) {
                fields.clear();
                for (int c = 0; c < columns.size(); c++) {
                    fields.add(csvText(columns.get(c), row[c]));
                }
                w.write(Csv.record(fields));
            }
            w.flush();
        };
    }

    static String csvText(Column column, Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Enum<?> e ? e.name() : v.toString();
        return column.type() == Column.Type.TEXT ? FormulaGuard.protect(s) : s;
    }
}
