package grader.instructor.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import grader.instructor.ScratchRepos;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    @Test
    void removesSolutionBlocksAndUnwrapsStubs() throws MarkerException {
        MarkedText text = MarkedText.of(ScratchRepos.DEMO_SOLUTION);

        assertThat(text.studentText()).isEqualTo(ScratchRepos.DEMO_SKELETON);
        assertThat(text.solutionOnly()).containsExactly(
                new MarkedText.SolutionLine(6, "int computedWithGreatCare = 6 * 7;"),
                new MarkedText.SolutionLine(7, "return computedWithGreatCare;"));
    }

    @Test
    void keepsEveryOtherByteLineEndingsIncluded() throws MarkerException {
        String source = "a\r\n  // BEGIN SOLUTION\r\nsecret\r\n  // END SOLUTION\r\nb\r\nno newline at the end";

        assertThat(MarkedText.of(source).studentText()).isEqualTo("a\r\nb\r\nno newline at the end");
    }

    @Test
    void understandsTheMarkersOfXmlAndHashComments() throws MarkerException {
        String pom = "<a/>\n  <!-- BEGIN SOLUTION -->\n  <b/>\n  <!-- END SOLUTION -->\n"
                + "# BEGIN SOLUTION\nc\n# END SOLUTION\n";

        assertThat(MarkedText.of(pom).studentText()).isEqualTo("<a/>\n");
    }

    @Test
    void keepsACommentEndOutsideAStub() throws MarkerException {
        String source = "/* an ordinary comment\n*/\n";

        assertThat(MarkedText.of(source).studentText()).isEqualTo(source);
    }

    @Test
    void rejectsASolutionBlockInsideAnother() {
        MarkerException e = failureOf("x\n// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("inside the SOLUTION block opened at line 2");
    }

    @Test
    void rejectsAStubInsideASolutionBlock() {
        MarkerException e = failureOf("// BEGIN SOLUTION\n/* STUB\n*/\n// END SOLUTION\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("do not nest");
    }

    @Test
    void rejectsASolutionBlockInsideAStub() {
        assertThat(failureOf("/* STUB\n// BEGIN SOLUTION\n*/\n").line()).isEqualTo(2);
    }

    @Test
    void rejectsAnEndWithoutABeginning() {
        MarkerException e = failureOf("a\nb\n// END SOLUTION\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("without a BEGIN SOLUTION");
    }

    @Test
    void rejectsABlockThatIsNeverClosed() {
        MarkerException e = failureOf("a\n/* STUB\nb\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void rejectsMarkersThatDoNotStandAloneOnTheirLine() {
        assertThat(failureOf("int x; // BEGIN SOLUTION\n").getMessage()).contains("malformed marker");
        assertThat(failureOf("/* STUB throw new X(); */\n").line()).isEqualTo(1);
        assertThat(failureOf("// BEGIN  SOLUTION\n// END SOLUTION\n").line()).isEqualTo(1);
    }

    @Test
    void readsOnlyTextThatMentionsAMarker() {
        assertThat(MarkedText.markedTextOf("plain\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MarkedText.markedTextOf(new byte[] {(byte) 0xC3, 0x28, 'E', 'N', 'D'})).isEmpty();
        assertThat(MarkedText.markedTextOf(ScratchRepos.DEMO_SOLUTION.getBytes(StandardCharsets.UTF_8)))
                .contains(ScratchRepos.DEMO_SOLUTION);
    }

    private static MarkerException failureOf(String source) {
        return catchThrowableOfType(MarkerException.class, () -> MarkedText.of(source));
    }
}
