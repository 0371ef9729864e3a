package org.nuanxin.gateway.supervision;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connected supervision screens. Each gets the current snapshot when it connects and a new one after
 * every committed change, restricted to its caller's district where the caller is district-bound.
 */
@ApplicationScoped
public class SupervisionStream {

    private record Subscriber(SseEventSink sink, Sse sse, Optional<String> district) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final SupervisionService service;

    SupervisionStream(SupervisionService service) {
        this.service = service;
    }

    void subscribe(SseEventSink sink, Sse sse, Optional<String> district) {
        Subscriber subscriber = new Subscriber(sink, sse, district);
        subscribers.add(subscriber);
        send(subscriber, service.snapshot());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged changed) {
        if (subscribers.isEmpty()) {
            return;
        }
        SupervisionSnapshot snapshot = service.snapshot();
        subscribers.forEach(subscriber -> send(subscriber, snapshot));
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
        subscribers.forEach(subscriber -> subscriber.sink().close());
        subscribers.clear();
    }

    private void send(Subscriber subscriber, SupervisionSnapshot snapshot) {
        if (subscriber.sink().isClosed()) {
            subscribers.remove(subscriber);
            return;
        }
        SupervisionSnapshot visible = subscriber.district().map(snapshot::restrictedTo).orElse(snapshot);
        OutboundSseEvent event = subscriber.sse().newEventBuilder()
                .name("snapshot")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(SupervisionSnapshot.class, visible)
                .build();
        subscriber.sink().send(event).whenComplete((sent, failure) -> dropIfFailed(subscriber, failure));
    }

    private void dropIfFailed(Subscriber subscriber, Throwable failure) {
        if (failure != null) {
            subscribers.remove(subscriber);
        }
    }
}
