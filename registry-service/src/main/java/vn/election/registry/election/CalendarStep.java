package vn.election.registry.election;

import java.util.Set;
import vn.election.events.Rule;

/**
 * A step of the election calendar (lịch trình bầu cử, D-26), with the rule that sets its latest day. The steps that
 * bind are refused in the registry once their milestone has passed; the others are shown only.
 */
public enum CalendarStep {
    ELECTION_ANNOUNCED(Rule.ED_1, "Công bố ngày bầu cử", "election day is announced"),
    COMMITTEES_FOUNDED(
            Rule.ORG_2,
            "Thành lập Ủy ban bầu cử tỉnh, xã",
            "the provincial and commune election committees are founded"),
    ELECTORAL_UNITS_PUBLISHED(Rule.EU_1, "Công bố đơn vị bầu cử", "the electoral units are published"),
    BOARDS_FOUNDED(Rule.ORG_2, "Thành lập Ban bầu cử", "the election boards are founded"),
    TEAMS_FOUNDED(Rule.ORG_2, "Thành lập Tổ bầu cử", "the election teams are founded"),
    DOSSIERS_FILED(Rule.C_2, "Hạn nộp hồ sơ ứng cử", "candidates' dossiers are filed"),
    VOTER_LISTS_POSTED(Rule.V_7, "Niêm yết danh sách cử tri", "the voter lists are posted"),
    LIST_COMPLAINTS_MADE(Rule.V_8, "Hạn khiếu nại danh sách cử tri", "complaints about the voter lists are made"),
    LIST_COMPLAINTS_ANSWERED(
            Rule.V_8, "Hạn giải quyết khiếu nại danh sách cử tri", "complaints about the voter lists are answered"),
    CANDIDATE_COMPLAINTS_SETTLED(
            Rule.R_3, "Hạn giải quyết khiếu nại về người ứng cử", "complaints about candidates are settled"),
    VOTER_LISTS_FROZEN(Rule.V_9, "Chốt danh sách cử tri", "the voter lists change"),
    ELECTION_DAY(Rule.ED_1, "Ngày bầu cử", "voting takes place"),
    POLLING_AREA_MINUTES_SENT(
            Rule.M_4, "Hạn gửi biên bản kết quả kiểm phiếu", "the polling areas' count minutes are sent"),
    UNIT_MINUTES_SENT(Rule.M_5, "Hạn gửi biên bản xác định kết quả bầu cử", "the electoral units' minutes are sent"),
    RESULTS_ANNOUNCED(Rule.R_2, "Hạn công bố kết quả bầu cử", "the results are announced"),
    FIRST_SESSION(Rule.R_4, "Hạn họp kỳ họp thứ nhất", "the newly elected body first meets");

    /** D-26: the steps the registry refuses once late. V-9 binds every election, drills too (D-28). */
    static final Set<CalendarStep> BINDING = Set.of(ELECTORAL_UNITS_PUBLISHED, DOSSIERS_FILED, VOTER_LISTS_POSTED);

    private final Rule rule;
    private final String title;
    private final String summary;

    CalendarStep(Rule rule, String title, String summary) {
        this.rule = rule;
        this.title = title;
        this.summary = summary;
    }

    public Rule rule() {
        return rule;
    }

    /** The Vietnamese name of the step. */
    public String title() {
        return title;
    }

    /** What happens by the milestone, in English. */
    public String summary() {
        return summary;
    }

    boolean binds(boolean drill) {
        return this == VOTER_LISTS_FROZEN || (!drill && BINDING.contains(this));
    }
}
