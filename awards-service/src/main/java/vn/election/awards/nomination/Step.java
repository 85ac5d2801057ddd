package vn.election.awards.nomination;

import static vn.election.kit.text.Texts.nfc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.election.awards.campaign.Campaign;
import vn.election.awards.nomination.NominationRequests.CouncilMinutes;
import vn.election.awards.nominee.Nominee;

/**
 * One K-9 action as the caller takes it on a nomination ({@link Nomination#take}): who, in which role, when and
 * why, with the facts the action's rules weigh. {@link Steps#authorize} starts it; the service adds the facts.
 *
 * @param role                 the role K-9 gives the action
 * @param actor                who takes it: the token's subject
 * @param at                   when
 * @param councilApprovalShare the share of the council's vote a nomination needs before it is decided or forwarded
 * @param reason               why (NFC); required to return, reject and give the Party's opinion
 * @param campaign             the nomination's campaign: its criteria (K-6), whether the Party gives an opinion (K-9)
 * @param councilMinutes       COUNCIL_REVIEW: the council's minutes with its vote (K-8)
 * @param nominee              DECIDE, FORWARD: the nominee, whose restrictions hold the nomination back (K-5)
 * @param field                DECIDE, FORWARD: the request's field on which the nomination's problems are reported
 */
public record Step(
        String role,
        String actor,
        OffsetDateTime at,
        BigDecimal councilApprovalShare,
        String reason,
        Campaign campaign,
        CouncilMinutes councilMinutes,
        Nominee nominee,
        String field) {

    public Step because(String why) {
        return new Step(role, actor, at, councilApprovalShare, nfc(why), campaign, councilMinutes, nominee, field);
    }

    public Step in(Campaign nominationsCampaign) {
        return new Step(
                role, actor, at, councilApprovalShare, reason, nominationsCampaign, councilMinutes, nominee, field);
    }

    public Step withCouncilMinutes(CouncilMinutes minutes) {
        return new Step(role, actor, at, councilApprovalShare, reason, campaign, minutes, nominee, field);
    }

    public Step leaving(Nominee nominated, String reportedOn) {
        return new Step(role, actor, at, councilApprovalShare, reason, campaign, councilMinutes, nominated, reportedOn);
    }
}
