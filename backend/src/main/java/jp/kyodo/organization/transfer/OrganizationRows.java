package jp.kyodo.organization.transfer;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.OrganizationRequest;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;
import jp.kyodo.organization.service.OrganizationRules;
import jp.kyodo.ward.Ward;

/**
 * One row of an organization file on its own: its cells read (a column the file leaves out keeps the stored
 * value), kinds found by code or label, and the rules of {@link OrganizationRules} and OrganizationRequest
 * checked, naming the file's columns. The parent is checked later, against the whole file.
 */
final class OrganizationRows {

    /** API fields → the file's columns. */
    static final Map<String, String> COLUMNS = Map.of("districtId", "districtCode", "wardId", "wardCode",
            "parentId", "parentCode");

    private OrganizationRows() {
    }

    /** A row as read, before its parent is checked against the whole file. */
    static final class Draft {
        final ImportRow row;
        final String code;
        final Organization stored;
        String kind;
        OrganizationKind kindRef;
        String subKind;
        String name;
        String kana;
        District district;
        Ward ward;
        String parentCode;
        LocalDate foundedOn;
        boolean legalEntity;
        LocalDate legalEntitySince;
        boolean publishesAssemblyDocuments;
        boolean publishesAccounts;

        Draft(ImportRow row, String code, Organization stored) {
            this.row = row;
            this.code = code;
            this.stored = stored;
        }
    }

    /** Reads the row's cells; a column the file leaves out keeps the stored value. */
    static void read(Validator validator, Draft x, Map<String, District> districts, Map<String, Ward> wards,
            Kinds kinds, LocalDate today) {
        ImportRow r = x.row;
        Organization o = x.stored;
        String kindText = r.has("kind") ? r.text("kind") : o == null ? null : o.kindCode;
        x.kindRef = kinds.kind(kindText);
        x.kind = x.kindRef == null ? kindText : x.kindRef.code;
        if (kindText != null && x.kindRef == null) {
            r.error("kind", "no organization kind '" + kindText + "'; use one of " + kinds.codes(), "Exists");
        }
        String subText = r.has("subKind") ? r.text("subKind") : o == null ? null : o.subKindCode;
        if (subText != null && x.kindRef != null) {
            OrganizationSubKind sub = kinds.subKind(x.kindRef.code, subText);
            if (sub == null) {
                r.error("subKind", "not a sub-kind of " + x.kindRef.code, "Exists");
            } else {
                x.subKind = sub.code;
            }
        }
        x.name = r.has("name") ? r.text("name") : o == null ? null : o.name;
        x.kana = r.has("kana") ? r.text("kana") : o == null ? null : o.kana;
        x.district = o == null ? null : o.district;
        if (r.has("districtCode")) {
            String code = r.text("districtCode");
            x.district = code == null ? null : districts.get(code);
            if (code != null && x.district == null) {
                r.error("districtCode", "no district has the code '" + code + "'", "Exists");
            }
        }
        x.ward = o == null ? null : o.ward;
        if (r.has("wardCode")) {
            String code = r.text("wardCode");
            x.ward = code == null ? null : wards.get(code);
            if (code != null && x.ward == null) {
                r.error("wardCode", "no ward has the code '" + code + "'", "Exists");
            }
        }
        x.parentCode = r.has("parentCode") ? r.text("parentCode")
                : o == null || o.parent == null ? null : o.parent.code;
        x.foundedOn = r.has("foundedOn") ? r.date("foundedOn") : o == null ? null : o.foundedOn;
        x.legalEntity = r.has("legalEntity") ? r.bool("legalEntity") : o != null && o.legalEntity;
        x.legalEntitySince = r.has("legalEntitySince") ? r.date("legalEntitySince")
                : o == null ? null : o.legalEntitySince;
        x.publishesAssemblyDocuments = r.has("publishesAssemblyDocuments") ? r.bool("publishesAssemblyDocuments")
                : o != null && o.publishesAssemblyDocuments;
        x.publishesAccounts = r.has("publishesAccounts") ? r.bool("publishesAccounts")
                : o != null && o.publishesAccounts;

        r.violations(validator.validate(new OrganizationRequest(x.code, x.kind, x.subKind, x.name, x.kana,
                x.district == null ? null : x.district.id, x.ward == null ? null : x.ward.id, null, x.foundedOn,
                x.legalEntity, x.legalEntitySince, x.publishesAssemblyDocuments, x.publishesAccounts, null)), COLUMNS);
        FieldProblem district = OrganizationRules.districtRequired(x.kindRef,
                x.district != null || r.hasError("districtCode"));
        if (district != null) {
            // the rule's message, saying so when the file has no such column
            r.error("districtCode", r.has("districtCode") ? district.message()
                    : district.message() + ", but the file has no column 'districtCode'", district.code());
        }
        if (!r.hasError("legalEntity")) {
            problem(r, OrganizationRules.legalEntitySince(x.legalEntity, x.legalEntitySince));
        }
        problem(r, OrganizationRules.foundedOn(x.foundedOn, today));
    }

    /** Records a rule's problem under the file's column; whether there was one. */
    static boolean problem(ImportRow r, FieldProblem p) {
        if (p == null) {
            return false;
        }
        r.error(COLUMNS.getOrDefault(p.field(), p.field()), p.message(), p.code());
        return true;
    }

    /** Kinds and sub-kinds by code or by the city's Japanese label (reference data: a few rows). */
    static final class Kinds {
        private final Map<String, OrganizationKind> kinds = new HashMap<>();
        private final Map<String, Map<String, OrganizationSubKind>> subKinds = new HashMap<>();
        private final List<String> codes = new ArrayList<>();

        Kinds(List<OrganizationKind> all, List<OrganizationSubKind> subs) {
            for (OrganizationKind k : all) {
                kinds.put(k.code.toUpperCase(Locale.ROOT), k);
                kinds.putIfAbsent(TextNormalizer.fold(k.labelJa), k);
                codes.add(k.code);
            }
            for (OrganizationSubKind s : subs) {
                Map<String, OrganizationSubKind> m = subKinds.computeIfAbsent(s.kindCode, k -> new HashMap<>());
                m.put(s.code.toUpperCase(Locale.ROOT), s);
                m.putIfAbsent(TextNormalizer.fold(s.labelJa), s);
            }
            codes.sort(null);
        }

        OrganizationKind kind(String text) {
            if (text == null) {
                return null;
            }
            OrganizationKind k = kinds.get(text.toUpperCase(Locale.ROOT));
            return k != null ? k : kinds.get(TextNormalizer.fold(text));
        }

        OrganizationSubKind subKind(String kind, String text) {
            Map<String, OrganizationSubKind> m = subKinds.getOrDefault(kind, Map.of());
            OrganizationSubKind s = m.get(text.toUpperCase(Locale.ROOT));
            return s != null ? s : m.get(TextNormalizer.fold(text));
        }

        String codes() {
            return String.join(", ", codes);
        }
    }
}
