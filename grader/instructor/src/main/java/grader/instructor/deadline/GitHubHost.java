package grader.instructor.deadline;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class's repositories on GitHub, read through its REST API with a read-only token: either
 * every repository of an organisation whose name starts with the class's prefix (GitHub's listing
 * has no name filter, so the prefix is applied here; the template repository itself is left
 * out), or the repositories a list names. Their pushes come from the repository activity API.
 */
final class GitHubHost implements RepositoryHost {

    /** One GET of GitHub's API. */
    interface Http {

        /**
         * @param next the next page of a paginated answer (GitHub's {@code Link: <...>; rel="next"})
         */
        record Response(int status, String body, Optional<URI> next) {
        }

        Response get(URI uri) throws IOException, InterruptedException;

        /** GitHub's API over HTTPS, with {@code token} (none: anonymous, public repositories only). */
        static Http withToken(String token) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            return uri -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                        .header("Accept", "application/vnd.github+json")
                        .header("X-GitHub-Api-Version", "2022-11-28")
                        .header("User-Agent", "concurrency-course-deadline-grading");
                if (!token.isBlank()) {
                    request.header("Authorization", "Bearer " + token.strip());
                }
                HttpResponse<String> response = client.send(request.GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.body(),
                        response.headers().firstValue("Link").flatMap(GitHubHost::nextPage));
            };
        }
    }

    /** A repository named in a list: {@code owner/name}, and the student when the name does not say. */
    record Listed(String owner, String name, String student) {
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final Pattern LIST_LINE = Pattern.compile("([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(?:[\\s,]+(\\S+))?");

    private final Http http;
    private final URI api;
    private final String organisation;
    private final String prefix;
    private final List<Listed> listed;

    /** Every repository of {@code organisation} whose name starts with {@code prefix}. */
    static GitHubHost ofOrganisation(Http http, URI api, String organisation, String prefix) {
        return new GitHubHost(http, api, organisation, prefix, null);
    }

    /** The repositories {@code list} names (see {@link #parseList}); {@code prefix} strips the students' names. */
    static GitHubHost ofList(Http http, URI api, List<Listed> list, String prefix) {
        return new GitHubHost(http, api, "", prefix, list);
    }

    private GitHubHost(Http http, URI api, String organisation, String prefix, List<Listed> listed) {
        this.http = http;
        this.api = URI.create(api.toString().replaceAll("/+$", "") + "/");
        this.organisation = organisation;
        this.prefix = prefix;
        this.listed = listed;
    }

    /**
     * A list of repositories: one {@code owner/name} a line, optionally followed by the student's
     * GitHub username; blank lines and {@code #} comments are skipped.
     *
     * @throws IllegalArgumentException naming the line that is neither, or a repository listed twice
     */
    static List<Listed> parseList(String text) {
        List<Listed> repositories = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LIST_LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the list of repositories is not "
                        + "'owner/name [student]': " + line);
            }
            if (!names.add(matcher.group(2).toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the list of repositories names "
                        + matcher.group(2) + " again: each repository's name must be unique, it names its folder");
            }
            repositories.add(new Listed(matcher.group(1), matcher.group(2),
                    matcher.group(3) == null ? "" : matcher.group(3)));
        }
        return repositories;
    }

    @Override
    public List<Found> repositories() throws IOException, InterruptedException {
        List<Found> found = new ArrayList<>();
        if (listed == null) {
            for (JsonElement item : pages("orgs/" + path(organisation) + "/repos?type=all&per_page=100")) {
                JsonObject repository = item.getAsJsonObject();
                String name = repository.get("name").getAsString();
                boolean template = repository.has("is_template") && repository.get("is_template").getAsBoolean();
                if (name.startsWith(prefix) && !template) {
                    found.add(new Found(repositoryOf(repository, ""), ""));
                }
            }
        } else {
            for (Listed repository : listed) {
                Http.Response response = http.get(api.resolve("repos/" + path(repository.owner()) + "/"
                        + path(repository.name())));
                if (response.status() == 200) {
                    found.add(new Found(repositoryOf(JsonParser.parseString(response.body()).getAsJsonObject(),
                            repository.student()), ""));
                } else {
                    String student = repository.student().isEmpty()
                            ? Repository.studentOf(repository.name(), prefix) : repository.student();
                    found.add(new Found(new Repository(repository.owner(), repository.name(), student, "", "", ""),
                            "cannot read it: " + answer(response, "repos/" + repository.owner() + "/"
                                    + repository.name())));
                }
            }
        }
        found.sort(Comparator.comparing(f -> f.repository().name()));
        return found;
    }

    @Override
    public List<Push> pushes(Repository repository) throws IOException, InterruptedException {
        JsonArray activity = pages("repos/" + path(repository.owner()) + "/" + path(repository.name())
                + "/activity?per_page=100&ref=" + path("refs/heads/" + repository.branch()));
        return Push.fromActivity(activity.toString());
    }

    private Repository repositoryOf(JsonObject repository, String student) {
        String name = repository.get("name").getAsString();
        return new Repository(repository.getAsJsonObject("owner").get("login").getAsString(), name,
                student.isEmpty() ? Repository.studentOf(name, prefix) : student,
                repository.get("default_branch").getAsString(), repository.get("clone_url").getAsString(),
                repository.get("html_url").getAsString());
    }

    /** Every page of a paginated answer, as one array. */
    private JsonArray pages(String first) throws IOException, InterruptedException {
        JsonArray all = new JsonArray();
        Optional<URI> page = Optional.of(api.resolve(first));
        while (page.isPresent()) {
            Http.Response response = http.get(page.get());
            if (response.status() != 200) {
                throw new IOException(answer(response, first));
            }
            JsonElement items = JsonParser.parseString(response.body());
            if (!items.isJsonArray()) {
                throw new IOException("GitHub's answer to " + first + " is not a list");
            }
            all.addAll(items.getAsJsonArray());
            page = response.next();
        }
        return all;
    }

    /** What GitHub answered, in a sentence: the status and GitHub's own message. */
    private static String answer(Http.Response response, String request) {
        String message = "";
        try {
            JsonElement body = JsonParser.parseString(response.body());
            if (body.isJsonObject() && body.getAsJsonObject().has("message")) {
                message = ": " + body.getAsJsonObject().get("message").getAsString();
            }
        } catch (RuntimeException notJson) {
            // the status alone says enough
        }
        String hint = response.status() == 404 ? " (no such repository or organisation, or the token cannot read it)"
                : response.status() == 401 ? " (the token is not valid, or it expired)" : "";
        return "GitHub answered " + response.status() + " to " + request + message + hint;
    }

    static Optional<URI> nextPage(String link) {
        Matcher next = NEXT.matcher(link);
        return next.find() ? Optional.of(URI.create(next.group(1))) : Optional.empty();
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
