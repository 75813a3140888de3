package grader.instructor.deadline;

import grader.instructor.ExerciseCatalog;
import grader.instructor.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code grader/bin/deadline}: grading a whole class at a deadline, in three steps that the
 * workflow {@code deadline-grading.yml} runs as jobs and a dry run runs one after another.
 *
 * <pre>
 * deadline plan  OUT_DIR --deadline=ISO (--organisation=ORG | --list=FILE | --local=DIR) [--prefix=P]
 *                [--only=IDS] [--shard-size=N]       writes OUT_DIR/plan.json and OUT_DIR/shards.json
 * deadline kit KIT                                   the grading kit: template, tools, KIT/grade (see GradingKit)
 * deadline fetch PLAN SHARD DEST                     clones shard SHARD into DEST/repos, writes DEST/fetched.json
 * deadline merge PLAN RESULTS OUT_DIR [--roster=FILE] [--canvas-assignments=exNN-slug=ID,...]
 * </pre>
 *
 * Between fetch and merge, each shard is graded by {@code KIT/grade DEST/repos RESULTS/NAME}
 * with {@code fetched.json} copied beside its gradebook. The token, read-only, is the variable
 * {@code DEADLINE_GRADING_TOKEN}; GitHub's addresses are {@code GITHUB_API_URL} and
 * {@code GITHUB_SERVER_URL}, as on GitHub's runners.
 */
public final class DeadlineCommands {

    public static final String TOKEN = "DEADLINE_GRADING_TOKEN";
    private static final int DEFAULT_SHARD_SIZE = 10;

    private DeadlineCommands() {
    }

    public static int run(Path root, List<String> args, Map<String, String> options, PrintStream out)
            throws IOException, InterruptedException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("usage: deadline plan|kit|fetch|merge ... (see grader/bin/deadline)");
        }
        Map<String, String> env = System.getenv();
        switch (args.get(0)) {
            case "plan":
                return plan(path(args, 1, "OUT_DIR"), options, env, out);
            case "fetch":
                DeadlinePlan plan = DeadlinePlan.read(path(args, 1, "PLAN"));
                new ShardFetch(ShardFetch.gitWithToken(env.getOrDefault(TOKEN, ""),
                        env.getOrDefault("GITHUB_SERVER_URL", "https://github.com")), out)
                        .fetch(plan, shard(args), path(args, 3, "DEST"));
                return 0;
            case "merge":
                return merge(root, args, options, out);
            case "kit":
                List<Problem> problems = GradingKit.write(root, path(args, 1, "KIT"),
                        System.getProperty("java.class.path"), out);
                problems.forEach(out::println);
                return problems.isEmpty() ? 0 : 2;
            default:
                throw new IllegalArgumentException("unknown deadline step: " + args.get(0)
                        + " (plan, kit, fetch or merge)");
        }
    }

    private static int plan(Path out, Map<String, String> options, Map<String, String> env, PrintStream log)
            throws IOException, InterruptedException {
        String prefix = options.getOrDefault("prefix", "").strip();
        String local = options.getOrDefault("local", "").strip();
        String list = options.getOrDefault("list", "").strip();
        String organisation = options.getOrDefault("organisation", "").strip();
        RepositoryHost host;
        if (!local.isEmpty()) {
            host = new LocalHost(Path.of(local), prefix);
        } else {
            GitHubHost.Http http = GitHubHost.Http.withToken(env.getOrDefault(TOKEN, ""));
            URI api = URI.create(env.getOrDefault("GITHUB_API_URL", "https://api.github.com"));
            if (!list.isEmpty()) { // a list names the repositories exactly, so it wins over an organisation
                host = GitHubHost.ofList(http, api, GitHubHost.parseList(read(list, "list of repositories")), prefix);
            } else if (!organisation.isEmpty()) {
                host = GitHubHost.ofOrganisation(http, api, organisation, prefix);
            } else {
                throw new IllegalArgumentException("say whose repositories: --organisation=ORG (with --prefix=P), "
                        + "--list=FILE, or --local=DIR");
            }
        }
        DeadlinePlan plan = DeadlinePlan.of(host, options.get("deadline"), ids(options.getOrDefault("only", "")),
                Integer.parseInt(options.getOrDefault("shard-size", String.valueOf(DEFAULT_SHARD_SIZE)).strip()));
        plan.write(out.resolve("plan.json"));
        Files.writeString(out.resolve("shards.json"), plan.matrix() + "\n", StandardCharsets.UTF_8);
        List<DeadlinePlan.Planned> repositories = plan.repositories();
        log.printf("Planned %d repositories in %d shard(s) of %d, deadline %s (%s):%n", repositories.size(),
                plan.shards().size(), plan.shardSize(), plan.due(), plan.deadline());
        for (DeadlinePlan.Planned planned : repositories) {
            GradedCommit graded = planned.graded();
            log.printf("  %s: %s%s%n", planned.repository().name(), !planned.problem().isEmpty() ? planned.problem()
                    : graded.commit() == null ? "the last commit dated before the deadline"
                    : DeadlineGradebook.abbreviated(graded.commit()) + " (" + graded.source().word() + ")",
                    graded.isLate() ? ", " + graded.late().size() + " push(es) after the deadline" : "");
        }
        return 0;
    }

    private static int merge(Path root, List<String> args, Map<String, String> options, PrintStream out)
            throws IOException {
        DeadlinePlan plan = DeadlinePlan.read(path(args, 1, "PLAN"));
        List<ExerciseCatalog.Exercise> exercises = ExerciseCatalog.of(root).stream()
                .filter(exercise -> plan.only().isEmpty() || plan.only().contains(exercise.id())).toList();
        String rosterFile = options.getOrDefault("roster", "").strip();
        Roster roster = rosterFile.isEmpty() ? Roster.none()
                : Roster.parse(read(rosterFile, "roster"));
        return new DeadlineMerge(exercises, roster, canvasAssignments(options.getOrDefault("canvas-assignments", "")),
                out).merge(plan, path(args, 2, "RESULTS"), path(args, 3, "OUT_DIR"));
    }

    /** {@code ex01-threads=1234,ex02-thread-pool=1235}: Canvas's assignment id of each exercise. */
    static Map<String, String> canvasAssignments(String text) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String pair : ids(text)) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || !parts[1].strip().matches("\\d+")) {
                throw new IllegalArgumentException("a Canvas assignment is exNN-slug=NUMBER, not: " + pair);
            }
            ids.put(parts[0].strip(), parts[1].strip());
        }
        return ids;
    }

    private static String read(String file, String what) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no " + what + " at " + path.toAbsolutePath()
                    + " (in the workflow: a path in this repository)");
        }
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static List<String> ids(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static int shard(List<String> args) {
        try {
            return Integer.parseInt(args.size() > 2 ? args.get(2) : "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the shard is its number, from 0: " + (args.size() > 2 ? args.get(2) : "none"));
        }
    }

    private static Path path(List<String> args, int index, String name) {
        if (args.size() <= index) {
            throw new IllegalArgumentException("missing argument " + name);
        }
        return Path.of(args.get(index)).toAbsolutePath().normalize();
    }
}
