package jp.kyodo.plan.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.timeline.TimelineSource;
import jp.kyodo.plan.service.InitiativeQueries;

/**
 * An initiative's timeline, oldest first: the entries of every {@link TimelineSource} bean — its reports and their
 * status changes, its milestones, the committee's evaluations, the publications of its plan, and whatever another
 * feature plugs in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineService {

    @Inject
    InitiativeQueries queries;

    @Inject
    Instance<TimelineSource> sources;

    public List<TimelineEntry> timeline(long initiativeId) {
        Initiative initiative = queries.findInitiative(initiativeId);
        List<TimelineSource> ordered = new ArrayList<>();
        sources.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(TimelineSource::order));
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineSource s : ordered) {
            out.addAll(s.entries(initiative));
        }
        // stable: entries at the same moment keep the order of their sources
        out.sort(Comparator.comparing(t -> t.at().toInstant()));
        return out;
    }
}
