package grader.instructor.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The commit a repository is graded at: the last one pushed at or before the deadline, and the
 * pushes that came later, which are recorded as late and never graded.
 *
 * <p>Push times come from GitHub ({@link Push}). When GitHub recorded no push of the branch, the
 * commit is chosen later, from the clone, by its committer date ({@link Source#COMMIT_DATE}): a
 * date the student's machine wrote, so the gradebook says which source each row used.
 *
 * @param commit      the graded commit; null until a clone chooses it by date
 * @param source      how it was chosen
 * @param submittedAt when it was pushed ({@link Source#PUSH}), else its committer date; ISO 8601,
 *                    empty until known
 * @param pusher      who pushed it, empty when unknown
 * @param late        the later updates of the branch, oldest first
 */
public record GradedCommit(String commit, Source source, String submittedAt, String pusher, List<LatePush> late) {

    /** How the graded commit was chosen. */
    public enum Source {
        /** The branch's commit after its last push at or before the deadline. */
        PUSH,
        /** Every recorded push came later: the branch's commit before the first of them. */
        BEFORE_LATE_PUSHES,
        /** No push recorded: the branch's last commit whose committer date is at or before the deadline. */
        COMMIT_DATE;

        /** The gradebook's word for it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** An update of the branch after the deadline: when, to which commit, by whom. */
    public record LatePush(String at, String commit, String pusher) {
    }

    /**
     * The graded commit of a branch with these recorded pushes.
     *
     * @param pushes the repository's recorded updates, of any branch, in any order
     */
    public static GradedCommit at(Instant deadline, String branch, List<Push> pushes) {
        String ref = "refs/heads/" + branch;
        List<Push> updates = pushes.stream()
                .filter(push -> push.ref().equals(ref) && push.leavesACommit())
                .sorted(Comparator.comparing(Push::at))
                .toList();
        List<Push> onTime = updates.stream().filter(push -> !push.at().isAfter(deadline)).toList();
        List<LatePush> late = updates.stream().filter(push -> push.at().isAfter(deadline))
                .map(push -> new LatePush(push.at().toString(), push.after(), push.pusher())).toList();
        if (!onTime.isEmpty()) {
            Push last = onTime.get(onTime.size() - 1);
            return new GradedCommit(last.after(), Source.PUSH, last.at().toString(), last.pusher(), late);
        }
        String before = updates.isEmpty() ? Push.NO_COMMIT : updates.get(0).before();
        if (!before.isEmpty() && !before.equals(Push.NO_COMMIT)) {
            return new GradedCommit(before, Source.BEFORE_LATE_PUSHES, "", "", late);
        }
        return byCommitDate(late);
    }

    /** A commit yet to be chosen from the clone by its date, for lack of recorded pushes before the deadline. */
    public static GradedCommit byCommitDate(List<LatePush> late) {
        return new GradedCommit(null, Source.COMMIT_DATE, "", "", late);
    }

    /**
     * The same, once the clone said which commit it is and when it was committed; for lack of
     * recorded pushes, the commits dated after the deadline are the late ones.
     */
    GradedCommit resolved(String chosen, String committedAt, List<LatePush> laterCommits) {
        return new GradedCommit(chosen, source, submittedAt.isEmpty() ? committedAt : submittedAt, pusher,
                source == Source.COMMIT_DATE && late.isEmpty() ? laterCommits : late);
    }

    public boolean isLate() {
        return !late.isEmpty();
    }
}
