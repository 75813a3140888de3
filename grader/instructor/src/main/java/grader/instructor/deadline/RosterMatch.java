package grader.instructor.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roster against the repositories: each student's repositories, and the repositories of
 * students the roster does not know. An LMS file can only carry the students it can match, so
 * whoever is on one side only is reported, never silently dropped.
 *
 * @param entries every student of the roster, in its order, with their repositories' outcomes
 * @param unknown outcomes of repositories whose student is not on the roster
 */
record RosterMatch(List<Entry> entries, List<Outcome> unknown) {

    /** A student of the roster and the outcomes of their repositories (normally one). */
    record Entry(Roster.Student student, List<Outcome> outcomes) {

        /** The student's one outcome; empty with no repository, and with several (the instructor must choose). */
        Optional<Outcome> outcome() {
            return outcomes.size() == 1 ? Optional.of(outcomes.get(0)) : Optional.empty();
        }
    }

    static RosterMatch of(Roster roster, List<Outcome> outcomes) {
        List<Entry> entries = new ArrayList<>();
        for (Roster.Student student : roster.students()) {
            entries.add(new Entry(student, outcomes.stream()
                    .filter(outcome -> outcome.student().equalsIgnoreCase(student.github())).toList()));
        }
        List<Outcome> unknown = outcomes.stream().filter(outcome -> roster.find(outcome.student()).isEmpty()).toList();
        return new RosterMatch(List.copyOf(entries), unknown);
    }

    /** Students of the roster without a repository. */
    List<Roster.Student> missing() {
        return entries.stream().filter(entry -> entry.outcomes().isEmpty()).map(Entry::student).toList();
    }

    /** Students with more than one repository: their LMS cells stay empty until the instructor chooses. */
    List<Entry> ambiguous() {
        return entries.stream().filter(entry -> entry.outcomes().size() > 1).toList();
    }
}
