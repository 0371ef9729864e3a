package org.nuanxin.gateway.supervision;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;
import org.nuanxin.gateway.alerts.AlertService;
import org.nuanxin.gateway.alerts.AlertView;
import org.nuanxin.gateway.alerts.AlertsChanged;
import org.nuanxin.gateway.targets.TargetService;
import org.nuanxin.gateway.targets.TargetView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The connected supervision screens. A screen gets, scoped to its caller's district where the caller is
 * district-bound:
 * <ul>
 *   <li>{@code snapshot}: all its figures, on connect and whenever a change touched its area (changes within
 *       {@code nuanxin.supervision.stream.coalesce}, 100 ms, go out as one frame, so a burst of events costs one
 *       snapshot query, not one per event); a district coordinator hears nothing of another district's changes;</li>
 *   <li>{@code targets}: the responsibility targets of its area with their progress, with every snapshot;</li>
 *   <li>{@code alert}: each alert raised, acknowledged or resolved in its area (coordinators and auditors).</li>
 * </ul>
 * Every frame's id is the number of the latest alert change sent. A screen that reconnects with
 * {@code Last-Event-ID} first gets the current snapshot, then every alert of its area that changed after that
 * number: figures are whole states and alert changes are replayed, so nothing is missed.
 */
@ApplicationScoped
public class SupervisionStream {

    private static final Logger LOG = Logger.getLogger(SupervisionStream.class);
    private static final int RESUME_LIMIT = 1000;

    record Subscriber(SseEventSink sink, Sse sse, Optional<String> district, boolean alerts) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final SupervisionService service;
    private final AlertService alerts;
    private final TargetService targets;
    private final long coalesceMillis;
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "supervision-stream");
        thread.setDaemon(true);
        return thread;
    });
    /** Districts changed since the last push; {@link #EVERYWHERE} for a change of unknown or city-wide reach. */
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private final AtomicBoolean alertsScheduled = new AtomicBoolean();
    private volatile long alertSeqSent;

    private static final String EVERYWHERE = "*";

    SupervisionStream(SupervisionService service, AlertService alerts, TargetService targets,
                      @org.eclipse.microprofile.config.inject.ConfigProperty(name = "nuanxin.supervision.stream.coalesce",
                              defaultValue = "100") long coalesceMillis) {
        this.service = service;
        this.alerts = alerts;
        this.targets = targets;
        this.coalesceMillis = coalesceMillis;
    }

    @ActivateRequestContext
    void subscribe(SseEventSink sink, Sse sse, Optional<String> district, boolean seesAlerts, OptionalLong lastEventId) {
        Subscriber subscriber = new Subscriber(sink, sse, district, seesAlerts);
        long seq = alerts.latestSeq();
        if (subscribers.isEmpty()) {
            // alert changes made while nobody watched are history: the first screen starts from here
            alertSeqSent = seq;
        }
        subscribers.add(subscriber);
        SupervisionSnapshot snapshot = service.snapshot();
        send(subscriber, "snapshot", SupervisionSnapshot.class, district.map(snapshot::restrictedTo).orElse(snapshot), seq);
        if (seesAlerts) {
            send(subscriber, "targets", List.class, targets.list(snapshot, district, false), seq);
            if (lastEventId.isPresent()) {
                for (AlertView alert : alerts.changedAfter(lastEventId.getAsLong(), district, RESUME_LIMIT)) {
                    send(subscriber, "alert", AlertView.class, alert, alert.seq());
                }
            }
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged changed) {
        if (subscribers.isEmpty()) {
            return;
        }
        dirty.add(changed.districtCode() == null ? EVERYWHERE : changed.districtCode());
        if (pushScheduled.compareAndSet(false, true)) {
            pusher.schedule(this::pushFigures, coalesceMillis, TimeUnit.MILLISECONDS);
        }
    }

    void onAlerts(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsChanged changed) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (alertsScheduled.compareAndSet(false, true)) {
            pusher.schedule(this::pushAlerts, coalesceMillis, TimeUnit.MILLISECONDS);
        }
    }

    @ActivateRequestContext
    void pushFigures() {
        pushScheduled.set(false);
        Set<String> changed = Set.copyOf(dirty);
        dirty.removeAll(changed);
        try {
            SupervisionSnapshot snapshot = service.snapshot();
            Map<Optional<String>, List<TargetView>> targetsByScope = new HashMap<>();
            long seq = alertSeqSent;
            for (Subscriber subscriber : subscribers) {
                boolean touched = changed.contains(EVERYWHERE)
                        || subscriber.district().map(changed::contains).orElse(!changed.isEmpty());
                if (!touched) {
                    continue;
                }
                send(subscriber, "snapshot", SupervisionSnapshot.class,
                        subscriber.district().map(snapshot::restrictedTo).orElse(snapshot), seq);
                if (subscriber.alerts()) {
                    List<TargetView> visible = targetsByScope.computeIfAbsent(subscriber.district(),
                            d -> targets.list(snapshot, d, false));
                    send(subscriber, "targets", List.class, visible, seq);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not push the supervision figures: %s", e.toString());
        }
    }

    @ActivateRequestContext
    void pushAlerts() {
        alertsScheduled.set(false);
        try {
            List<AlertView> changed = alerts.changedAfter(alertSeqSent, Optional.empty(), RESUME_LIMIT);
            for (AlertView alert : changed) {
                for (Subscriber subscriber : subscribers) {
                    if (subscriber.alerts() && subscriber.district().map(d -> d.equals(alert.districtCode())).orElse(true)) {
                        send(subscriber, "alert", AlertView.class, alert, alert.seq());
                    }
                }
                alertSeqSent = Math.max(alertSeqSent, alert.seq());
            }
            if (changed.size() == RESUME_LIMIT) {
                onAlerts(new AlertsChanged());
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not push supervision alerts: %s", e.toString());
        }
    }

    /** A comment line now and then keeps idle connections open through proxies and shows dead ones. */
    @Scheduled(every = "15s")
    void heartbeat() {
        subscribers.forEach(subscriber -> {
            if (subscriber.sink().isClosed()) {
                subscribers.remove(subscriber);
            } else {
                subscriber.sink().send(subscriber.sse().newEventBuilder().comment("heartbeat").build())
                        .whenComplete((sent, failure) -> dropIfFailed(subscriber, failure));
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        pusher.shutdownNow();
        subscribers.forEach(subscriber -> subscriber.sink().close());
        subscribers.clear();
    }

    private <T> void send(Subscriber subscriber, String name, Class<T> type, T data, long id) {
        if (subscriber.sink().isClosed()) {
            subscribers.remove(subscriber);
            return;
        }
        OutboundSseEvent event = subscriber.sse().newEventBuilder()
                .name(name)
                .id(Long.toString(id))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(type, data)
                .build();
        subscriber.sink().send(event).whenComplete((sent, failure) -> dropIfFailed(subscriber, failure));
    }

    private void dropIfFailed(Subscriber subscriber, Throwable failure) {
        if (failure != null) {
            subscribers.remove(subscriber);
        }
    }
}
