package vn.election.tally.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.tally.ByElectionGround;
import vn.election.kit.problem.Problem.FieldError;

/**
 * The conditions of a by-election during the term (W-7), one row per case, each boundary from both sides. The
 * term runs five years from election day (D-13): 15 March 2026 to 15 March 2031 (2026), 23 May 2021 to 23 May
 * 2026 (2021). "Failed" lists the fields refused with W-7, "-" none.
 */
class ByElectionConditionsTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3} on {5}, {6} seats, {7} sitting -> {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                    | body               | ground                  | rules | election   | date       | seats | sitting | failed
            # NA: more than 10 % of 500 seats missing: 51 is, 50 is not
            NA 51 of 500 missing      | NATIONAL_ASSEMBLY  | VACANCIES               | R2026 | 2026-03-15 | 2029-03-14 | 500   | 449     | -
            NA 50 of 500 missing      | NATIONAL_ASSEMBLY  | VACANCIES               | R2026 | 2026-03-15 | 2029-03-14 | 500   | 450     | ground
            # NA: more than 2 years left: a day more is, exactly 2 years (15/3/2029 to 15/3/2031) is not
            NA 2 years and a day left | NATIONAL_ASSEMBLY  | VACANCIES               | R2026 | 2026-03-15 | 2029-03-14 | 500   | 400     | -
            NA exactly 2 years left   | NATIONAL_ASSEMBLY  | VACANCIES               | R2026 | 2026-03-15 | 2029-03-15 | 500   | 400     | date
            NA both fail              | NATIONAL_ASSEMBLY  | VACANCIES               | R2026 | 2026-03-15 | 2030-01-01 | 500   | 480     | date ground
            # the 2021 term: 23/5/2021 to 23/5/2026
            NA 2021 a day more        | NATIONAL_ASSEMBLY  | VACANCIES               | R2021 | 2021-05-23 | 2024-05-22 | 500   | 400     | -
            NA 2021 exactly 2 years   | NATIONAL_ASSEMBLY  | VACANCIES               | R2021 | 2021-05-23 | 2024-05-23 | 500   | 400     | date
            # a council: more than a third of 30 seats missing: 11 is, 10 is not
            council 11 of 30 missing  | PROVINCIAL_COUNCIL | VACANCIES               | R2026 | 2026-03-15 | 2029-09-14 | 30    | 19      | -
            council 10 of 30 missing  | PROVINCIAL_COUNCIL | VACANCIES               | R2026 | 2026-03-15 | 2029-09-14 | 30    | 20      | ground
            # a council: more than 18 months left: 15/9/2029 leaves exactly 18 months
            council 18 months + 1 day | COMMUNE_COUNCIL    | VACANCIES               | R2026 | 2026-03-15 | 2029-09-14 | 30    | 19      | -
            council exactly 18 months | COMMUNE_COUNCIL    | VACANCIES               | R2026 | 2026-03-15 | 2029-09-15 | 30    | 19      | date
            # a new administrative unit's council with fewer than two thirds of its 30 seats: 19 is, 20 is not
            new unit 19 of 30         | COMMUNE_COUNCIL    | NEW_ADMINISTRATIVE_UNIT | R2026 | 2026-03-15 | 2028-03-15 | 30    | 19      | -
            new unit 20 of 30         | COMMUNE_COUNCIL    | NEW_ADMINISTRATIVE_UNIT | R2026 | 2026-03-15 | 2028-03-15 | 30    | 20      | newAdministrativeUnit.sitting
            new unit for the NA       | NATIONAL_ASSEMBLY  | NEW_ADMINISTRATIVE_UNIT | R2026 | 2026-03-15 | 2028-03-15 | 30    | 0       | ground
            # not on or before election day: the term has not begun
            on election day           | COMMUNE_COUNCIL    | VACANCIES               | R2026 | 2026-03-15 | 2026-03-15 | 30    | 0       | date
            """)
    void w7(
            String name,
            Body body,
            ByElectionGround ground,
            Ruleset rules,
            LocalDate electionDay,
            LocalDate date,
            long seats,
            long sitting,
            String failed) {
        List<FieldError> errors = ByElectionConditions.check(body, ground, rules, electionDay, date, seats, sitting);
        assertEquals(
                failed == null ? List.of() : List.of(failed.split(" ")),
                errors.stream().map(FieldError::field).toList(),
                name);
        errors.forEach(e -> assertEquals("W-7", e.code(), name));
    }
}
