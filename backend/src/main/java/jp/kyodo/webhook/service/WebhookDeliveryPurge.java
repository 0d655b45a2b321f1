package jp.kyodo.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import jp.kyodo.common.housekeeping.Purge;
import jp.kyodo.webhook.WebhookConfig;

/** The delivery log grows by every attempt: attempts older than {@code kyodo.webhooks.log-days} go. */
@ApplicationScoped
public class WebhookDeliveryPurge implements Purge {

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Override
    public String name() {
        return "webhook deliveries";
    }

    @Override
    public long purge(OffsetDateTime now) {
        return em.createNativeQuery("delete from webhook_delivery where attempted_at < ?1")
                .setParameter(1, now.minusDays(config.logDays())).executeUpdate();
    }
}
