package jp.kyodo.meeting;

import jakarta.persistence.*;
import java.util.Arrays;
import java.util.List;
import jp.kyodo.common.persistence.VersionedEntity;

/** 会議体 — a body of a council that meets: 理事会, 幹事会, 校区事務局連絡会議, 部会, 総会, a district council's meeting. */
@Entity
public class CouncilBody extends VersionedEntity {

    public String code;
    public String nameJa;
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public CouncilBodyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.organization.Organization organization;
    /** Other names used in meeting logs, one per line. */
    public String aliases;
    public int sortOrder;
    /** 地域側・市側 */
    @Enumerated(EnumType.STRING)
    public BodySide side = BodySide.COMMUNITY;
    /** 定足数 */
    @Enumerated(EnumType.STRING)
    public QuorumRule quorum = QuorumRule.NONE;
    /** Whether a proxy (委任状) counts as attending for the quorum. */
    public boolean proxiesCount;

    public List<String> aliasList() {
        return aliases == null || aliases.isBlank() ? List.of()
                : Arrays.stream(aliases.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
