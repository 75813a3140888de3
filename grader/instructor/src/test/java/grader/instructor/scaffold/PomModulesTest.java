package grader.instructor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomModulesTest {

    @TempDir
    Path root;

    @Test
    void insertsTheModuleInSortedPositionWithTheListsIndentation() throws IOException {
        Path pom = ScratchRepos.write(root, "pom.xml", "<project>\n  <!-- the exercises -->\n  <modules>\n"
                + "    <module>ex01-a</module>\n    <module>ex03-c</module>\n  </modules>\n</project>\n");

        assertThat(PomModules.add(pom, "ex02-b")).isTrue();
        assertThat(PomModules.add(pom, "ex04-d")).isTrue();

        assertThat(ScratchRepos.read(root, "pom.xml")).isEqualTo("<project>\n  <!-- the exercises -->\n  <modules>\n"
                + "    <module>ex01-a</module>\n    <module>ex02-b</module>\n    <module>ex03-c</module>\n"
                + "    <module>ex04-d</module>\n  </modules>\n</project>\n");
    }

    @Test
    void leavesAListedModuleAlone() throws IOException {
        String xml = "<project>\n  <modules>\n    <module>ex01-a</module>\n  </modules>\n</project>\n";
        Path pom = ScratchRepos.write(root, "pom.xml", xml);

        assertThat(PomModules.add(pom, "ex01-a")).isFalse();
        assertThat(ScratchRepos.read(root, "pom.xml")).isEqualTo(xml);
    }

    @Test
    void fillsAnEmptyList() throws IOException {
        Path pom = ScratchRepos.write(root, "pom.xml", "<project>\n  <modules>\n  </modules>\n</project>\n");

        PomModules.add(pom, "ex01-a");

        assertThat(ScratchRepos.read(root, "pom.xml"))
                .isEqualTo("<project>\n  <modules>\n    <module>ex01-a</module>\n  </modules>\n</project>\n");
    }

    @Test
    void refusesAPomWithoutAModuleList() {
        Path pom = ScratchRepos.write(root, "pom.xml", "<project/>\n");

        assertThatThrownBy(() -> PomModules.add(pom, "ex01-a")).hasMessageContaining("has no <modules> list");
    }
}
