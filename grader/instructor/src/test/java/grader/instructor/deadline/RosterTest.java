package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void aClassroom50RosterGivesTheUsernamesNamesAndEmails() {
        Roster roster = Roster.parse("username,first_name,last_name,email,section,github_id,role\n"
                + "Alice,Alice,Liddell,alice@uni.example,A,1,student\n");

        Roster.Student alice = roster.find("alice").orElseThrow();
        assertThat(alice.displayName()).isEqualTo("Alice Liddell");
        assertThat(alice.email()).isEqualTo("alice@uni.example");
        assertThat(alice.section()).isEqualTo("A");
    }

    @Test
    void aCanvasExportWithAGitHubColumnIsARosterAsItIs() {
        Roster roster = Roster.parse("Student,ID,SIS User ID,SIS Login ID,Section,GitHub Username,ex01 (12)\n"
                + "    Points Possible,,,,,,10\n"
                + "\"Liddell, Alice\",101,S-1,aliddell,A,alice,\n");

        assertThat(roster.students()).singleElement().satisfies(alice -> {
            assertThat(alice.github()).isEqualTo("alice");
            assertThat(alice.displayName()).isEqualTo("Liddell, Alice");
            assertThat(alice.canvasId()).isEqualTo("101");
            assertThat(alice.sisUserId()).isEqualTo("S-1");
            assertThat(alice.sisLoginId()).isEqualTo("aliddell");
        });
    }

    @Test
    void aRosterWithoutUsernamesOrWithAStudentTwiceIsAnErrorNamingTheLines() {
        assertThatThrownBy(() -> Roster.parse("name,email\nAlice,a@x\n"))
                .hasMessageContaining("no column of GitHub usernames");
        assertThatThrownBy(() -> Roster.parse("github_username,name\nalice,A\nbob,B\nALICE,A2\n"))
                .hasMessage("lines 2 and 4 of the roster are both ALICE");
        assertThatThrownBy(() -> Roster.parse("github_username,name\nalice,A\n,Nobody\n"))
                .hasMessage("line 3 of the roster has no GitHub username");
    }
}
