package org.nuanxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where and when: CPU, memory, kernel, JVM, and the date in UTC. */
record Machine(String text, String date) {

    /** Which build was measured: the commit, and whether the working tree had changes beyond it. */
    static String build() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty=+uncommitted changes")
                    .redirectErrorStream(true).start();
            String described = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? "build of commit " + described.replace("+", " with ") : "build of unknown commit";
        } catch (IOException e) {
            return "build of unknown commit";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "build of unknown commit";
        }
    }

    static Machine describe() {
        int cpus = Runtime.getRuntime().availableProcessors();
        String model = "CPU";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // leave the defaults
        }
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
        String java = "Java " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String text = String.format(Locale.ROOT, "%d × %s, %.0f GiB, %s, %s", cpus, model, memKb / 1024.0 / 1024,
                kernel, java);
        text += ", " + build();
        String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
        return new Machine(text, date);
    }
}
