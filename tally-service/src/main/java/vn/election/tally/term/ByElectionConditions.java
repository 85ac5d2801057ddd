package vn.election.tally.term;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.events.tally.ByElectionGround;
import vn.election.kit.problem.Problem.FieldError;

/**
 * Whether a by-election during the term (bầu cử bổ sung) may be held (W-7). Pure. The NA: more than 2 years of
 * the term left and more than 10 % of its seats missing. A People's Council: more than 18 months left, and more
 * than a third of its seats missing, or the council of a new administrative unit with fewer than two thirds of
 * its seats. The term runs from election day (D-13); the periods are the ruleset's.
 */
final class ByElectionConditions {

    private ByElectionConditions() {}

    /**
     * @param seats   the body's seats (the new administrative unit's council's, for that ground)
     * @param sitting the deputies sitting
     * @return each condition that fails, with W-7; empty when the by-election may be held
     */
    static List<FieldError> check(
            Body body,
            ByElectionGround ground,
            Ruleset rules,
            LocalDate electionDay,
            LocalDate date,
            long seats,
            long sitting) {
        List<FieldError> failed = new ArrayList<>();
        boolean nationalAssembly = body == Body.NATIONAL_ASSEMBLY;
        LocalDate termEnd = electionDay.plus(rules.term());
        Period minimum = nationalAssembly
                ? rules.nationalAssemblyByElectionMinimumRemaining()
                : rules.councilByElectionMinimumRemaining();
        if (!date.isAfter(electionDay) || !date.plus(minimum).isBefore(termEnd)) {
            failed.add(FieldError.of(
                    "date",
                    Rule.W_7,
                    "a by-election on " + date + " leaves " + Period.between(date, termEnd) + " of the term ending "
                            + termEnd + "; it needs more than " + minimum));
        }
        long missing = seats - sitting;
        switch (ground) {
            case VACANCIES -> {
                // more than 10 % (NA) or more than a third (a council) of the seats, strictly
                boolean enough = nationalAssembly ? missing * 10 > seats : missing * 3 > seats;
                if (!enough) {
                    failed.add(FieldError.of(
                            "ground",
                            Rule.W_7,
                            missing + " of " + seats + " seats are missing: it needs more than "
                                    + (nationalAssembly ? "10 %" : "a third")));
                }
            }
            case NEW_ADMINISTRATIVE_UNIT -> {
                if (nationalAssembly) {
                    failed.add(FieldError.of(
                            "ground", Rule.W_7, "a new administrative unit calls for a council's by-election only"));
                } else if (sitting * 3 >= seats * 2) {
                    failed.add(FieldError.of(
                            "newAdministrativeUnit.sitting",
                            Rule.W_7,
                            sitting + " of " + seats + " seats are filled: it needs fewer than two thirds"));
                }
            }
        }
        return failed;
    }
}
