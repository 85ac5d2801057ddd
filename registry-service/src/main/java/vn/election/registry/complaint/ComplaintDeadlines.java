package vn.election.registry.complaint;

import java.time.LocalDate;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;

/**
 * When a complaint before election day may be filed and by which day it is answered, in days on the election's
 * clock, from the values of its ruleset (V-8, R-3, D-35). No state: the dates in, the deadline or a refusal out.
 */
final class ComplaintDeadlines {

    private ComplaintDeadlines() {}

    /**
     * V-8: a complaint about a list posted on {@code postedOn}, filed on {@code filedOn}: filed within the window
     * after the posting (422 naming V-8 otherwise), answered within days of its filing.
     */
    static LocalDate voterList(Ruleset ruleset, LocalDate postedOn, LocalDate filedOn) {
        LocalDate lastDay = postedOn.plusDays(ruleset.voterListComplaintDays());
        if (filedOn.isAfter(lastDay)) {
            throw ProblemException.ruleViolation(
                    "pollingAreaId",
                    Rule.V_8,
                    "the list was posted on " + postedOn + ": complaints about it are made within "
                            + ruleset.voterListComplaintDays() + " days, until " + lastDay + "; this one on "
                            + filedOn + " is late");
        }
        return filedOn.plusDays(ruleset.voterListComplaintAnswerDays());
    }

    /** complaints about candidates are settled by this day. */
    static LocalDate candidateCutoff(Ruleset ruleset, LocalDate electionDay) {
        return electionDay.minusDays(ruleset.candidateComplaintsSettledDaysBefore());
    }

    /**
     * D-35: a complaint about a candidate filed on {@code filedOn} is answered within days of its filing, and by
     * the R-3 limit at the latest; one filed after that limit is refused naming R-3.
     */
    static LocalDate candidate(Ruleset ruleset, LocalDate electionDay, LocalDate filedOn) {
        LocalDate cutoff = candidateCutoff(ruleset, electionDay);
        if (filedOn.isAfter(cutoff)) {
            throw ProblemException.ruleViolation(
                    "candidateId",
                    Rule.R_3,
                    "complaints about candidates are settled by " + cutoff + ", "
                            + ruleset.candidateComplaintsSettledDaysBefore() + " days before election day "
                            + electionDay + "; this one on " + filedOn + " is late");
        }
        LocalDate answerBy = filedOn.plusDays(ruleset.candidateComplaintAnswerDays());
        return answerBy.isBefore(cutoff) ? answerBy : cutoff;
    }
}
