package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubHostTest {

    private static final URI API = URI.create("https://api.github.example/");

    /** GitHub's API as a table of answers; what it was asked, in order. */
    private static final class RecordedApi implements GitHubHost.Http {

        final Map<String, Response> answers = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        RecordedApi answer(String path, int status, String body, String nextPath) {
            answers.put(API + path, new Response(status, body,
                    nextPath == null ? Optional.empty() : Optional.of(URI.create(API + nextPath))));
            return this;
        }

        @Override
        public Response get(URI uri) {
            asked.add(uri.toString().substring(API.toString().length()));
            return answers.getOrDefault(uri.toString(), new Response(404, "{\"message\": \"Not Found\"}",
                    Optional.empty()));
        }
    }

    private static String repository(String owner, String name, boolean template) {
        return "{\"name\": \"" + name + "\", \"owner\": {\"login\": \"" + owner + "\"}, \"default_branch\": \"main\", "
                + "\"clone_url\": \"https://github.example/" + owner + "/" + name + ".git\", \"html_url\": "
                + "\"https://github.example/" + owner + "/" + name + "\", \"is_template\": " + template + "}";
    }

    @Test
    void anOrganisationsRepositoriesWithThePrefixOnEveryPageWithoutTheTemplate() throws Exception {
        RecordedApi api = new RecordedApi()
                .answer("orgs/uni/repos?type=all&per_page=100", 200, "[" + repository("uni", "conc-zoe", false) + ","
                        + repository("uni", "conc-template", true) + "," + repository("uni", "photos", false) + "]",
                        "orgs/uni/repos?type=all&per_page=100&page=2")
                .answer("orgs/uni/repos?type=all&per_page=100&page=2", 200,
                        "[" + repository("uni", "conc-alice", false) + "]", null);

        List<RepositoryHost.Found> found = GitHubHost.ofOrganisation(api, API, "uni", "conc-").repositories();

        assertThat(found).extracting(f -> f.repository().name()).containsExactly("conc-alice", "conc-zoe");
        assertThat(found.get(0).repository()).isEqualTo(new Repository("uni", "conc-alice", "alice", "main",
                "https://github.example/uni/conc-alice.git", "https://github.example/uni/conc-alice"));
        assertThat(found.get(0).problem()).isEmpty();
    }

    @Test
    void aListedRepositoryTheTokenCannotReadIsKeptWithWhy() throws Exception {
        RecordedApi api = new RecordedApi().answer("repos/uni/conc-alice", 200, repository("uni", "conc-alice", false),
                null);
        List<GitHubHost.Listed> list = GitHubHost.parseList("# week 3\nuni/conc-alice\nuni/zz-bob bob\n");

        List<RepositoryHost.Found> found = GitHubHost.ofList(api, API, list, "conc-").repositories();

        assertThat(found).extracting(f -> f.repository().student()).containsExactly("alice", "bob");
        assertThat(found.get(1).problem()).contains("GitHub answered 404 to repos/uni/zz-bob: Not Found",
                "the token cannot read it");
    }

    @Test
    void thePushesComeFromTheActivityOfTheBranchOnEveryPage() throws Exception {
        String first = "repos/uni/conc-alice/activity?per_page=100&ref=refs%2Fheads%2Fmain";
        RecordedApi api = new RecordedApi()
                .answer(first, 200, Activity.list(Activity.push("main", "a".repeat(40), "b".repeat(40),
                        "2026-12-01T10:00:00Z", "push", "alice")), first + "&after=cursor")
                .answer(first + "&after=cursor", 200, Activity.list(Activity.push("main", "0".repeat(40),
                        "a".repeat(40), "2026-11-01T10:00:00Z", "push", "alice")), null);
        Repository alice = new Repository("uni", "conc-alice", "alice", "main", "", "");

        List<Push> pushes = GitHubHost.ofOrganisation(api, API, "uni", "conc-").pushes(alice);

        assertThat(pushes).extracting(Push::after).containsExactly("b".repeat(40), "a".repeat(40));
        assertThat(api.asked).containsExactly(first, first + "&after=cursor");
    }

    @Test
    void anAnswerThatIsNoListIsAnErrorWithGitHubsMessage() {
        RecordedApi api = new RecordedApi().answer("orgs/uni/repos?type=all&per_page=100", 401,
                "{\"message\": \"Bad credentials\"}", null);

        assertThatThrownBy(() -> GitHubHost.ofOrganisation(api, API, "uni", "").repositories())
                .isInstanceOf(IOException.class)
                .hasMessage("GitHub answered 401 to orgs/uni/repos?type=all&per_page=100: Bad credentials "
                        + "(the token is not valid, or it expired)");
    }

    @Test
    void theNextPageIsTheLinkHeadersNextOne() {
        assertThat(GitHubHost.nextPage("<https://api.github.com/x?page=1>; rel=\"prev\", "
                + "<https://api.github.com/x?page=3>; rel=\"next\", <https://api.github.com/x?page=9>; rel=\"last\""))
                .contains(URI.create("https://api.github.com/x?page=3"));
        assertThat(GitHubHost.nextPage("<https://api.github.com/x?page=1>; rel=\"prev\"")).isEmpty();
    }

    @Test
    void aListLineThatIsNoRepositoryOrARepeatedNameIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> GitHubHost.parseList("uni/a\nnot a repository at all\n"))
                .hasMessageContaining("line 2").hasMessageContaining("'owner/name [student]'");
        assertThatThrownBy(() -> GitHubHost.parseList("uni/a\nother/A\n"))
                .hasMessageContaining("line 2").hasMessageContaining("names A again");
    }
}
