package vn.election.events;

/**
 * The rules of the election law and of this project's design, by their id in {@code docs/rules.md}: the rulebook
 * says what each requires and where it comes from. Code that enforces a rule names it with one of these, so that a
 * problem's {@code code} and an event's warnings carry ids the rulebook defines (a build check holds the two
 * together).
 */
public enum Rule {
    // Election organizations
    ORG_1,
    ORG_2,
    ORG_3,
    ORG_4,
    // Electoral units
    EU_1,
    EU_2,
    // Polling areas
    PA_1,
    PA_2,
    PA_3,
    PA_4,
    // Voters and voter lists
    V_1,
    V_2,
    V_3,
    V_4,
    V_5,
    V_6,
    V_7,
    V_8,
    V_9,
    V_10,
    V_11,
    // Candidates
    C_1,
    C_2,
    C_3,
    C_4,
    C_5,
    C_6,
    C_7,
    C_8,
    // Election day and voting
    ED_1,
    ED_2,
    ED_3,
    ED_4,
    ED_5,
    // Ballot validity
    B_1,
    B_2,
    B_3,
    B_4,
    B_5,
    // Counting and minutes
    M_1,
    M_2,
    M_3,
    M_4,
    M_5,
    M_6,
    M_7,
    M_8,
    M_9,
    // Checks on the minutes
    CK_1,
    CK_2,
    CK_3,
    CK_4,
    CK_5,
    CK_6,
    CK_7,
    CK_8,
    CK_9,
    CK_10,
    // Checks of the minutes against the registry's voter list (design)
    D_18,
    D_19,
    D_20,
    // Winners, bầu thêm, bầu lại
    W_1,
    W_2,
    W_3,
    W_4,
    W_5,
    W_6,
    W_7,
    W_8,
    // Reporting cadence and deadlines
    R_1,
    R_2,
    R_3,
    R_4,
    // Commendation for election work
    K_1,
    K_2,
    K_3,
    K_4,
    K_5,
    K_6,
    K_7,
    K_8,
    K_9,
    K_10,
    K_11,
    K_12,
    // --- annulment, complaints in the minutes, by-elections (W-6, M-3, W-7) ---
    D_10,
    D_11,
    D_12,
    D_13,
    // Design decisions: who may act (role and jurisdiction)
    D_22,
    D_23,
    D_24,
    // Design decisions: the election calendar and drill elections
    D_26,
    D_27,
    D_28,
    D_29,
    // Design decisions: organizations and candidates
    D_30,
    D_31,
    D_32,
    D_33,
    // Design decisions: explicit second rounds and escalations decided above
    D_6,
    D_7,
    D_8,
    D_9,
    // Design decisions: complaints before election day
    D_34,
    D_35,
    D_36,
    D_37,
    // Design decisions: a candidate recognized at no level after the vote
    D_40,
    D_41,
    // Design decisions: results announcement and complaints about results
    D_14,
    D_15,
    D_16,
    D_17;

    private final String id;

    Rule() {
        this.id = name().replace('_', '-');
    }

    /** The id as written in the rulebook and in problem responses, e.g. {@code CK-7}. */
    public String id() {
        return id;
    }

    /** The rule with this id, e.g. {@code "V-10"}. */
    public static Rule of(String id) {
        return valueOf(id.replace('-', '_'));
    }

    @Override
    public String toString() {
        return id;
    }
}
