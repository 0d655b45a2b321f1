package jp.kyodo.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.common.notification.Notice;

/** Tests only: the notices fired, as the notification feature would observe them. */
@ApplicationScoped
public class NoticeRecorder {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    /** Through a method: the test holds a client proxy, whose own fields are not the bean's. */
    public List<Notice> notices() {
        return notices;
    }

    void on(@Observes Notice n) {
        notices.add(n);
    }
}
