package jp.kyodo.transfer.service;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;

/**
 * The states the history records for districts and organizations, field for field as DistrictService and
 * OrganizationService record them (theirs are package-private), so that a record's history reads the same
 * whether it was changed by the API or by an import. A test compares the two.
 */
final class AuditStates {

    private AuditStates() {
    }

    static Map<String, Object> of(District d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code);
        m.put("name", d.name);
        m.put("kana", d.kana);
        m.put("wardId", d.ward.id);
        m.put("communityHall", d.communityHall);
        m.put("note", d.note);
        return m;
    }

    /** Every stored field, personal ones included (the import never changes them; history redacts them). */
    static Map<String, Object> of(Organization o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code);
        m.put("kind", o.kindCode);
        m.put("subKind", o.subKindCode);
        m.put("name", o.name);
        m.put("kana", o.kana);
        m.put("districtId", o.districtId());
        m.put("wardId", o.ward == null ? null : o.ward.id);
        m.put("parentId", o.parent == null ? null : o.parent.id);
        m.put("foundedOn", o.foundedOn);
        m.put("legalEntity", o.legalEntity);
        m.put("legalEntitySince", o.legalEntitySince);
        m.put("publishesAssemblyDocuments", o.publishesAssemblyDocuments);
        m.put("publishesAccounts", o.publishesAccounts);
        m.put("contactName", o.contactName);
        m.put("contactPhone", o.contactPhone);
        m.put("contactAddress", o.contactAddress);
        m.put("contactEmail", o.contactEmail);
        return m;
    }
}
