package org.nuanxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** docs/benchmarks.md: each measurement's section between its markers, replaced or appended; the rest kept. */
final class Doc {

    private Doc() {
    }

    static void write(Path file, Map<String, String> sections) throws IOException {
        String doc = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nFigures written by the harnesses in `bench/`; each section says when, where and how it was measured.\n";
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String start = "<!-- " + section.getKey() + ":start -->";
            String end = "<!-- " + section.getKey() + ":end -->";
            int from = doc.indexOf(start);
            int to = doc.indexOf(end);
            if (from >= 0 && to > from) {
                doc = doc.substring(0, from) + section.getValue() + doc.substring(to + end.length());
            } else {
                doc = doc.stripTrailing() + "\n\n" + section.getValue() + "\n";
            }
        }
        Files.writeString(file, doc);
    }
}
