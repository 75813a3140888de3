package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {

    @TempDir
    Path jvms;

    @Test
    void theNewestJdkOfTheVersionOrLaterIsFoundByItsReleaseFile() throws IOException {
        jdk("java-17", "17.0.15");
        Path jdk25 = jdk("temurin-25", "25.0.3");
        jdk("temurin-21", "21.0.5");

        assertThat(Jdks.atLeast(21, Map.of(), List.of(jvms))).contains(jdk25);
        assertThat(Jdks.atLeast(26, Map.of(), List.of(jvms))).isEmpty();
    }

    @Test
    void aJdkThatTheEnvironmentNamesIsFoundWhereverItIs() throws IOException {
        Path setUp = jdk("hostedtoolcache/Java_Temurin-Hotspot_jdk/21.0.5/x64", "21.0.5");

        assertThat(Jdks.atLeast(21, Map.of("JAVA_HOME_21_X64", setUp.toString()), List.of())).contains(setUp);
    }

    @Test
    void aFolderWithoutJavaOrWithAnOldJavaIsNoJdk() throws IOException {
        Files.createDirectories(jvms.resolve("empty"));
        Path java8 = jdk("java-8", "1.8.0_402");

        assertThat(Jdks.majorVersion(java8)).contains(8);
        assertThat(Jdks.atLeast(9, Map.of("JAVA_HOME", jvms.resolve("empty").toString()), List.of(jvms))).isEmpty();
    }

    private Path jdk(String folder, String version) throws IOException {
        Path home = jvms.resolve(folder);
        ScratchRepos.write(home, "release", "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = ScratchRepos.write(home, "bin/java", "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
