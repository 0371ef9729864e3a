package org.nuanxin.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The floor of write-to-screen: raw Kafka produce-to-consume latency on the same broker, at the same rates, with the
 * services' producer settings ({@code acks=all}, idempotent) and a consumer polling as the gateway's does. Each
 * record carries its send time ({@code System.nanoTime()}, one JVM); the latency is until the consumer has it.
 */
final class KafkaLatency {

    record Step(int rate, int sent, int received, double p50, double p99, double max) {
    }

    private final String bootstrap;
    private final boolean quick;
    private final List<Step> steps = new ArrayList<>();

    KafkaLatency(String bootstrap, boolean quick) {
        this.bootstrap = bootstrap;
        this.quick = quick;
    }

    void run() throws Exception {
        String topic = "bench.latency";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        int seconds = quick ? 5 : 15;
        for (int rate : quick ? new int[] {50} : new int[] {50, 200, 500}) {
            steps.add(step(topic, rate, seconds));
            Bench.log("kafka " + steps.get(steps.size() - 1));
        }
    }

    private Step step(String topic, int rate, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean assigned = new AtomicBoolean();
        Thread consumerThread = new Thread(() -> {
            try (KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, LongDeserializer.class.getName()))) {
                consumer.subscribe(List.of(topic));
                while (!stop.get()) {
                    var records = consumer.poll(Duration.ofMillis(100));
                    if (!consumer.assignment().isEmpty()) {
                        assigned.set(true);
                    }
                    long now = System.nanoTime();
                    for (ConsumerRecord<String, Long> record : records) {
                        latencies.add((now - record.value()) / 1000);
                    }
                }
            }
        }, "bench-consumer");
        consumerThread.start();
        while (!assigned.get()) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        int total = rate * seconds;
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, LongSerializer.class.getName()))) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + (long) i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), System.nanoTime()));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (latencies.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        stop.set(true);
        consumerThread.join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Step(rate, total, sorted.size(), Bench.percentile(sorted, 50) / 1000,
                Bench.percentile(sorted, 99) / 1000, sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1000.0);
    }

    String section(String context) {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- kafka:start -->");
        lines.add("## Kafka produce to consume: the floor of write-to-screen");
        lines.add("");
        lines.add(context + " Measured in the same run as the write-to-frame figures above, on the same broker.");
        lines.add("");
        lines.add("Records produced at a constant rate with the services' producer settings (`acks=all`, idempotent, "
                + "one partition) and consumed by a consumer polling as the gateway's does; the latency is from "
                + "`send()` to the record in the consumer's hands. A registration's way to the screen adds the "
                + "service's transaction, the outbox relay, the gateway's projection transaction and the 100 ms "
                + "coalescing of SSE frames on top of this.");
        lines.add("");
        lines.add("| records/s | sent | received | p50 ms | p99 ms | max ms |");
        lines.add("|---|---|---|---|---|---|");
        for (Step s : steps) {
            lines.add(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f |", s.rate(), s.sent(),
                    s.received(), s.p50(), s.p99(), s.max()));
        }
        lines.add("<!-- kafka:end -->");
        return String.join("\n", lines);
    }
}
