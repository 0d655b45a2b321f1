package jp.kyodo.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 支援策 — one program of the city's support in one fiscal-year edition of the catalogue: who implements it (実施主体),
 * its categories, audience and kind. A subsidy or consignment also carries the year's terms: eligible organization
 * kinds, budget, documents, deadlines, the amount rule (JSON of {@code support.amount.AmountRule}) and the fiscal
 * year of the registry figures it computes from. The next year's edition is a copy that remembers where it came
 * from ({@link #carriedFromId}), so the changes between editions can be shown.
 */
@Entity
public class SupportProgram extends VersionedEntity {

    public int fiscalYear;
    public String name;
    public long sectionId;
    public Long contactSectionId;
    @Enumerated(EnumType.STRING)
    public SupportKind kind;
    @Enumerated(EnumType.STRING)
    public SupportAudience audience;
    /** {@link SupportCategory} bits. */
    public int categories;
    public String description;
    public int sortOrder;
    public Long carriedFromId;
    public Long budgetYen;
    /** The amount rule as JSON (AmountRule with its kind); null: not set yet. */
    public String amountRule;
    /** The fiscal year of the registry figures (households, population) the rule computes from. */
    public Integer figuresYear;
    public LocalDate planDueOn;
    public LocalDate applicationDueOn;
    public LocalDate resultsDueOn;
    /** Hours an organization spends on the paperwork of one year's cycle (for the burden ledger). */
    public BigDecimal paperworkHours;
    /** The request (依頼等) that counts the paperwork in the burden ledger; null without paperwork hours. */
    public Long requestId;
    public String searchKey;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "support_program_kind", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "kind_code")
    public Set<String> eligibleKinds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "support_program_document", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> documents = new ArrayList<>();

    public List<SupportCategory> categoryList() {
        return SupportCategory.of(categories);
    }
}
