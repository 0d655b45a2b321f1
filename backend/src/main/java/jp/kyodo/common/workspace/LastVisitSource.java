package jp.kyodo.common.workspace;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The date of the last recorded visit (or other contact) per district, from the activity log — for "days since the
 * last visit" on the cards, in coverage and on the map. A CDI bean of the activity feature.
 */
public interface LastVisitSource {

    /** Last contact date per district; districts never visited are absent. */
    Map<Long, LocalDate> lastVisits(Collection<Long> districtIds);
}
