package org.nuanxin.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void shouldLeaveTheJvmAloneUnlessSwitchedOn() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");

        assertEquals(List.of(), ClassDataSharing.jvmOptions(jar, Map.of()));
        assertEquals(List.of(), ClassDataSharing.jvmOptions(jar, Map.of(ClassDataSharing.SWITCH, "false")));
    }

    @Test
    void shouldWriteTheArchiveOnTheFirstStartAndMapItOnTheNext() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        Map<String, String> on = Map.of(ClassDataSharing.SWITCH, "true");
        Path archive = dir.resolve(ClassDataSharing.ARCHIVE);

        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive), ClassDataSharing.jvmOptions(jar, on));

        Files.writeString(archive, "archive");
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"), ClassDataSharing.jvmOptions(jar, on));
    }

    @Test
    void shouldDeleteAnArchiveOlderThanTheJar() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "new build");
        Path archive = Files.writeString(dir.resolve(ClassDataSharing.ARCHIVE), "of the last build");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600)));

        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive),
                ClassDataSharing.jvmOptions(jar, Map.of(ClassDataSharing.SWITCH, "true")));
        assertFalse(Files.exists(archive));
    }
}
