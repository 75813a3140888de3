package grader.instructor.deadline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of git repositories standing in for GitHub in a dry run: each folder whose name starts
 * with the class's prefix is a student repository, cloned from its path. GitHub's record of its
 * pushes is the file {@code NAME.activity.json} beside it, in the activity API's own format; a
 * repository without one has no recorded pushes, as when GitHub's API cannot say.
 */
final class LocalHost implements RepositoryHost {

    static final String ACTIVITY_SUFFIX = ".activity.json";

    private final Path folder;
    private final String prefix;

    LocalHost(Path folder, String prefix) {
        this.folder = folder.toAbsolutePath().normalize();
        this.prefix = prefix;
    }

    @Override
    public List<Found> repositories() throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder of repositories at " + folder);
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(folder)) {
            folders = children.filter(child -> Files.exists(child.resolve(".git")))
                    .filter(child -> child.getFileName().toString().startsWith(prefix))
                    .sorted().toList();
        }
        List<Found> found = new ArrayList<>();
        for (Path repository : folders) {
            String name = repository.getFileName().toString();
            String branch = Git.plain().run(repository, "symbolic-ref", "--short", "HEAD");
            found.add(new Found(new Repository(folder.getFileName().toString(), name,
                    Repository.studentOf(name, prefix), branch, repository.toString(), ""), ""));
        }
        return found;
    }

    @Override
    public List<Push> pushes(Repository repository) throws IOException {
        Path activity = folder.resolve(repository.name() + ACTIVITY_SUFFIX);
        return Files.isRegularFile(activity) ? Push.fromActivity(Files.readString(activity, StandardCharsets.UTF_8))
                : List.of();
    }
}
