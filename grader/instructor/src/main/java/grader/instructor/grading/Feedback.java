package grader.instructor.grading;

import grader.i18n.Lang;
import java.util.List;

/**
 * The Markdown a student gets back: the scoreboard's own {@code grade.md}, then what the grade
 * did not use (exercises missing, protected files changed, files ignored) and why.
 */
final class Feedback {

    private Feedback() {
    }

    static String render(SubmissionResult result, Lang lang, int maxPoints) {
        StringBuilder md = new StringBuilder();
        switch (result.status()) {
            case GRADED:
                md.append(result.report());
                break;
            case NOT_A_COURSE_REPOSITORY:
                md.append(String.format("# %s: 0/%d%n%n", lang.pick("Scoreboard", "Marcador"), maxPoints))
                        .append(lang.pick("This repository is not the course's: it has no `exercises/` folder, "
                                        + "so there was nothing to grade.",
                                "Este repositorio no es el del curso: no tiene carpeta `exercises/`, "
                                        + "así que no había nada que calificar."))
                        .append('\n');
                break;
            default:
                md.append("# ").append(lang.pick("Not graded yet", "Aún sin calificar")).append("\n\n")
                        .append(lang.pick("Grading this repository failed for a reason that is not your code's "
                                        + "fault; the instructor will look at it:",
                                "La calificación de este repositorio falló por un motivo que no es culpa de tu "
                                        + "código; el profesor lo revisará:"))
                        .append("\n\n```\n").append(result.problem().replace("```", "'''")).append("\n```\n");
        }
        if (result.files() != null) {
            appendFiles(md, result.files(), lang);
        }
        return md.toString();
    }

    private static void appendFiles(StringBuilder md, SubmissionFiles files, Lang lang) {
        if (!files.missingExercises().isEmpty()) {
            md.append("\n## ").append(lang.pick("Exercises missing from your repository",
                            "Ejercicios que faltan en tu repositorio")).append("\n\n")
                    .append(lang.pick("Graded on their skeleton, so they earn no points: ",
                            "Se calificaron con su esqueleto, así que no obtienen puntos: "))
                    .append(String.join(", ", files.missingExercises())).append('\n');
        }
        List<FileChange> changes = files.changes();
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n## ").append(lang.pick("Files the grade did not use", "Archivos que la nota no usó"))
                .append("\n\n")
                .append(lang.pick("The grade uses only your code: `exercises/*/src/main`, inside each exercise's "
                                + "package. Tests, build files, the grader and the workflows are the course's own "
                                + "copies. These files of your repository differ from what you received:",
                        "La nota usa solo tu código: `exercises/*/src/main`, dentro del paquete de cada ejercicio. "
                                + "Las pruebas, los archivos de compilación, el calificador y los workflows son las "
                                + "copias del curso. Estos archivos de tu repositorio difieren de lo que recibiste:"))
                .append("\n\n| ").append(lang.pick("File", "Archivo")).append(" | ")
                .append(lang.pick("Change", "Cambio")).append(" |\n|---|---|\n");
        for (FileChange change : changes) {
            md.append("| `").append(change.file().replace("|", "\\|").replace("`", "'")).append("` | ")
                    .append(describe(change.kind(), lang)).append(" |\n");
        }
    }

    private static String describe(FileChange.Kind kind, Lang lang) {
        switch (kind) {
            case MODIFIED:
                return lang.pick("modified (protected: not used)", "modificado (protegido: no se usa)");
            case DELETED:
                return lang.pick("deleted (protected: the course's copy was used)",
                        "borrado (protegido: se usó la copia del curso)");
            case ADDED:
                return lang.pick("added (not used)", "añadido (no se usa)");
            default:
                return lang.pick("ignored: outside the exercise's package, or a link",
                        "ignorado: fuera del paquete del ejercicio, o un enlace");
        }
    }
}
