package vn.election.events.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token contract as a table: each role of the suite against each kind of claim (D-22, D-24), a token of
 * several roles (D-23), and claims that cannot be read. {@code -} in the rule column: the token fits.
 */
class RoleJurisdictionsTest {

    private static final String AREA = "polling-area:0b6f3c1e-0000-4000-8000-000000000001";
    private static final String UNIT = "electoral-unit:0b6f3c1e-0000-4000-8000-000000000002";

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "(none)", textBlock = """
            # roles                       | claim                                              | misfit rule
            nec                           | nation                                             | -
            nec                           | admin-unit:06                                      | D-22
            nec                           | (none)                                             | D-22
            committee                     | admin-unit:06                                      | -
            committee                     | nation                                             | D-22
            committee                     | electoral-unit:0b6f3c1e-0000-4000-8000-000000000002 | D-22
            board                         | electoral-unit:0b6f3c1e-0000-4000-8000-000000000002 | -
            board                         | admin-unit:06                                      | D-22
            board                         | electoral-unit:not-a-uuid                          | D-22
            team                          | polling-area:0b6f3c1e-0000-4000-8000-000000000001  | -
            team                          | nation                                             | D-22
            team                          | polling-area:x                                     | D-22
            team                          | (none)                                             | D-22
            team                          | NATION                                             | D-22
            awards-officer                | admin-unit:06                                      | -
            awards-officer                | nation                                             | -
            awards-officer                | polling-area:0b6f3c1e-0000-4000-8000-000000000001  | D-24
            awards-officer                | (none)                                             | D-24
            awards-approver               | nation                                             | -
            awards-approver               | electoral-unit:0b6f3c1e-0000-4000-8000-000000000002 | D-24
            partner                       | (none)                                             | -
            partner                       | nation                                             | -
            partner                       | admin-unit:06                                      | D-24
            committee awards-officer      | admin-unit:06                                      | -
            nec awards-approver           | nation                                             | -
            nec team                      | nation                                             | D-23
            board team                    | electoral-unit:0b6f3c1e-0000-4000-8000-000000000002 | D-23
            committee partner             | admin-unit:06                                      | D-23
            team offline_access           | polling-area:0b6f3c1e-0000-4000-8000-000000000001  | -
            offline_access                | nation                                             | -
            """)
    void eachRoleOfATokenMustFitItsClaim_D22_D23_D24(String roles, String claim, String rule) {
        List<String> held = Arrays.asList(roles.split(" "));
        assertEquals(
                rule,
                RoleJurisdictions.misfit(held, claim).map(m -> m.rule().id()).orElse("-"));
    }

    @Test
    void theRefusalSaysWhichRoleAndWhatItNeeds_D22() {
        var misfit = RoleJurisdictions.misfit(List.of(Roles.TEAM), "nation").orElseThrow();
        assertEquals(Roles.TEAM, misfit.role());
        assertEquals("the role team acts with the jurisdiction polling-area:<uuid>, not 'nation'", misfit.message());
    }

    @Test
    void aTokenOfSeveralRolesNamesTheFirstThatDoesNotFit_D23() {
        var misfit =
                RoleJurisdictions.misfit(List.of(Roles.TEAM, Roles.BOARD), UNIT).orElseThrow();
        assertEquals(Roles.TEAM, misfit.role());
        assertEquals(
                "the role team acts with the jurisdiction polling-area:<uuid>, not '" + UNIT
                        + "'; each role of a token must fit its one jurisdiction",
                misfit.message());
        assertEquals(
                "the role awards-officer acts with the jurisdiction nation or admin-unit:<code>, not none",
                RoleJurisdictions.misfit(List.of(Roles.AWARDS_OFFICER), null)
                        .orElseThrow()
                        .message());
        assertEquals(
                "the role partner acts with the jurisdiction nation or none, not '" + AREA + "'",
                RoleJurisdictions.misfit(List.of(Roles.PARTNER), AREA)
                        .orElseThrow()
                        .message());
    }
}
