package grader.instructor.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * .devcontainer/devcontainer.json, what a GitHub Codespace is made from: no Codespace runs here,
 * so this checks what the specification (containers.dev, "devcontainer.json reference") asks of
 * the file and what the course needs of the container.
 */
class DevcontainerTest {

    /** The properties the course uses, all from the devcontainer.json reference; a typo is not one. */
    private static final Set<String> KNOWN = Set.of("name", "image", "postCreateCommand", "customizations",
            "features", "mounts", "containerEnv", "remoteUser", "hostRequirements");

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    private final JsonObject devcontainer = read(ROOT.resolve(".devcontainer/devcontainer.json"));

    @Test
    void itIsJsonWithCommentsWithKnownPropertiesOnly() {
        assertThat(devcontainer.keySet()).isSubsetOf(KNOWN).contains("name", "image");
    }

    @Test
    void itRunsAJdk17ImageForJava() {
        assertThat(devcontainer.get("image").getAsString())
                .matches("mcr\\.microsoft\\.com/devcontainers/java:(\\d+-)?17(-[a-z]+)?");
    }

    @Test
    void creatingItFillsTheMavenCacheWithTheWrapperWithoutGrading() {
        assertThat(devcontainer.get("postCreateCommand").getAsString())
                .startsWith("./mvnw ").contains(" test ", "-DskipTests", "-Dexec.skip");
    }

    @Test
    void vsCodeGetsTheJavaExtensionsAndOpensFilesThatExist() {
        JsonObject customizations = devcontainer.getAsJsonObject("customizations");
        List<String> extensions = strings(customizations.getAsJsonObject("vscode").get("extensions"));
        List<String> openFiles = strings(customizations.getAsJsonObject("codespaces").get("openFiles"));

        assertThat(extensions).contains("vscjava.vscode-java-pack");
        assertThat(openFiles).isNotEmpty().allSatisfy(file -> assertThat(ROOT.resolve(file)).isRegularFile());
    }

    private static List<String> strings(JsonElement array) {
        return array.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
    }

    /** JSON with comments, as VS Code and Codespaces read it. */
    private static JsonObject read(Path file) {
        try {
            JsonReader reader = new JsonReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            reader.setStrictness(Strictness.LENIENT);
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
