package grader.instructor.deadline;

import java.io.IOException;
import java.util.List;

/**
 * Where the student repositories live: GitHub ({@link GitHubHost}), or a folder of repositories
 * for a dry run ({@link LocalHost}). Both give the same answers, so the plan, the clones and the
 * gradebook are made by the same code either way.
 */
interface RepositoryHost {

    /**
     * A repository found on the host.
     *
     * @param problem why it cannot be graded (e.g. the token cannot read it), empty when it can
     */
    record Found(Repository repository, String problem) {
    }

    /** The repositories of the class, sorted by name; one that cannot be read is still listed, with why. */
    List<Found> repositories() throws IOException, InterruptedException;

    /**
     * The updates of the repository's branches that the host recorded, as {@link Push#fromActivity}
     * reads them; none when it recorded none.
     *
     * @throws IOException when the host could not say
     */
    List<Push> pushes(Repository repository) throws IOException, InterruptedException;
}
