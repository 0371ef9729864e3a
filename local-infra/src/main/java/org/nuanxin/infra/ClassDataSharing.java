package org.nuanxin.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Application class-data sharing (AppCDS) for the services' JVMs, on when their environment has
 * {@code NUANXIN_CLASS_DATA_SHARING=true} ({@code ./run.sh} and the benchmarks set it; the tests do not, so a test run
 * never writes or depends on an archive). A service's first start writes a dynamic archive of the classes it loaded
 * when it stops ({@code -XX:ArchiveClassesAtExit}, next to its jar); later starts map that archive instead of reading,
 * parsing and verifying those classes again ({@code -XX:SharedArchiveFile}). An archive older than the jar (a new
 * build) is deleted and written afresh; one the JVM finds unusable anyway is ignored ({@code -Xshare:auto}).
 */
public final class ClassDataSharing {

    public static final String SWITCH = "NUANXIN_CLASS_DATA_SHARING";
    static final String ARCHIVE = "nuanxin-app-cds.jsa";

    private ClassDataSharing() {
    }

    /** The JVM options for starting {@code jar}, before {@code -jar}. */
    static List<String> jvmOptions(Path jar, Map<String, String> environment) throws IOException {
        if (!"true".equalsIgnoreCase(environment.get(SWITCH))) {
            return List.of();
        }
        Path archive = archiveOf(jar);
        if (Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            Files.delete(archive);
        }
        return Files.exists(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                : List.of("-XX:ArchiveClassesAtExit=" + archive);
    }

    public static Path archiveOf(Path jar) {
        return jar.resolveSibling(ARCHIVE);
    }
}
