package jp.kyodo.voice;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.common.notification.Notice;

/** Tests only: every {@link Notice} fired, so a test can check who was told what. */
@Singleton
public class NoticeLog {

    private final List<Notice> fired = new CopyOnWriteArrayList<>();

    void on(@Observes Notice notice) {
        fired.add(notice);
    }

    /** The notices fired so far whose link is the given one. */
    public List<Notice> about(String link) {
        return fired.stream().filter(n -> n.link().equals(link)).toList();
    }
}
