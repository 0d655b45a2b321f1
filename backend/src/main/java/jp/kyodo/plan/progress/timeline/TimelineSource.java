package jp.kyodo.plan.progress.timeline;

import java.util.List;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;

/**
 * 経過 — one kind of event of an initiative's timeline. Each implementation is an application-scoped CDI bean, found
 * by {@link jp.kyodo.plan.progress.service.TimelineService}: a feature adds its events to the timeline by adding a
 * bean. The timeline puts the entries of every source in time order; entries at the same moment keep the order of
 * their sources, then the order a source gave them.
 */
public interface TimelineSource {

    /** Where this source's entries come among entries at the same moment (lower first). */
    int order();

    /** This source's events of the initiative, in any order. */
    List<TimelineEntry> entries(Initiative initiative);
}
