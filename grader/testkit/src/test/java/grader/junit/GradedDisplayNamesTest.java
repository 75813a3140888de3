package grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import grader.Graded;
import grader.i18n.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

/** What an IDE's test tree and a test report show for a graded test: its sentence. */
@ExtendWith(InEnglish.class)
class GradedDisplayNamesTest {

    /** Discovered only, never run: Surefire leaves nested classes out. */
    static class Sample {

        @Graded(points = 1, en = "sums every number once", es = "suma cada número una vez")
        void sums() {
        }

        @Test
        void notGraded() {
        }
    }

    @Test
    void aGradedTestIsNamedByItsSentenceAndAnOtherTestByItsMethod() {
        TestPlan plan = LauncherFactory.create().discover(request().selectors(selectClass(Sample.class)).build());

        assertThat(plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(TestIdentifier::isTest).map(TestIdentifier::getDisplayName))
                .containsExactlyInAnyOrder("sums every number once", "notGraded()");
    }
}
