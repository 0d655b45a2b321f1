package jp.kyodo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.Arrays;
import java.util.List;

/** 会議体 — a body of a council that meets: 理事会, 幹事会, 校区事務局連絡会議, 部会, 総会, a district council's meeting. */
@Entity
@Table(name = "council_body")
public class CouncilBody extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_ja")
    public String nameJa;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public CouncilBodyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public jp.kyodo.organization.Organization organization;
    /** Other names used in meeting logs, one per line. */
    public String aliases;
    @Column(name = "sort_order")
    public int sortOrder;
    @Version
    public long version;

    public List<String> aliasList() {
        return aliases == null || aliases.isBlank() ? List.of()
                : Arrays.stream(aliases.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
