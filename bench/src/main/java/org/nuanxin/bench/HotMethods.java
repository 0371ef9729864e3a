package org.nuanxin.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a JVM spent its CPU, from the execution samples of a JFR recording, as Markdown: the share of samples in
 * which each component is on the stack (inclusive), the methods of our own code on the stack most often, and the
 * methods on top of the stack most often.
 */
final class HotMethods {

    /** Package prefix → what it is; a sample counts once for each component anywhere on its stack. */
    private static final Map<String, String> COMPONENTS = components();

    private static Map<String, String> components() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("org.hibernate.query.hql", "Hibernate: HQL parsing");
        map.put("org.antlr", "Hibernate: HQL parsing");
        map.put("org.hibernate", "Hibernate ORM (all)");
        map.put("org.postgresql", "PostgreSQL JDBC driver");
        map.put("io.agroal", "Agroal connection pool");
        map.put("com.arjuna", "Narayana transactions");
        map.put("io.quarkus.narayana", "Narayana transactions");
        map.put("org.jose4j", "token verification (jose4j)");
        map.put("io.quarkus.oidc", "OIDC (token checks)");
        map.put("io.smallrye.jwt", "token verification (SmallRye JWT)");
        map.put("com.fasterxml.jackson", "Jackson JSON");
        map.put("org.hibernate.validator", "Bean Validation");
        map.put("org.apache.kafka", "Kafka client");
        map.put("io.netty", "Netty (HTTP I/O)");
        map.put("io.vertx", "Vert.x");
        map.put("org.jboss.resteasy.reactive", "RESTEasy Reactive");
        map.put("org.jboss.logmanager", "logging");
        map.put("org.nuanxin.common.outbox", "our outbox (publish and relay)");
        map.put("org.nuanxin", "our code (all)");
        return map;
    }

    private HotMethods() {
    }

    public static void main(String[] args) {
        System.out.println(top(Path.of(args[0]), 12));
    }

    static String top(Path recording, int count) {
        if (!Files.exists(recording)) {
            return "(no JFR recording was written to " + recording + ")";
        }
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> components = new HashMap<>();
        int total = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                topFrames.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                Set<String> seenMethods = new HashSet<>();
                Set<String> seenComponents = new HashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    String type = frame.getMethod().getType().getName();
                    if (type.startsWith("org.nuanxin.") && !type.contains("$$")) {
                        seenMethods.add(name(frame));
                    }
                    for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
                        if (type.startsWith(component.getKey())) {
                            seenComponents.add(component.getValue());
                        }
                    }
                }
                seenMethods.forEach(m -> ours.merge(m, 1, Integer::sum));
                seenComponents.forEach(c -> components.merge(c, 1, Integer::sum));
            }
        } catch (Exception e) {
            return "(could not read the JFR recording: " + e + ")";
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d execution samples. Share of samples with each component anywhere on "
                + "the stack (inclusive; a sample counts for every component on its stack):", total));
        lines.add("");
        table(lines, "component", components, total, components.size());
        lines.add("");
        lines.add("Our methods most often on the stack (inclusive):");
        lines.add("");
        table(lines, "method", ours, total, count);
        lines.add("");
        lines.add("Methods most often on top of the stack (self time):");
        lines.add("");
        table(lines, "method", topFrames, total, count);
        return String.join("\n", lines);
    }

    private static void table(List<String> lines, String what, Map<String, Integer> counts, int total, int count) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        lines.add("| " + what + " | samples | share |");
        lines.add("|---|---|---|");
        for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(count, sorted.size()))) {
            lines.add(String.format(Locale.ROOT, "| `%s` | %d | %.1f %% |", entry.getKey(), entry.getValue(),
                    100.0 * entry.getValue() / Math.max(1, total)));
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
