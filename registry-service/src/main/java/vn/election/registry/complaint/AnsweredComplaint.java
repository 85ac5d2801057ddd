package vn.election.registry.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.registry.candidate.CandidateListView;
import vn.election.registry.voter.VoterView;

/** A complaint answered, with what the answer changed: the voter's record (V-8), or the unit's list (R-3, C-7). */
@Schema(name = "AnsweredComplaint", description = "A complaint answered and what its answer changed")
public record AnsweredComplaint(
        ComplaintView complaint,

        @Schema(description = "V-8 upheld by an addition or a correction: the voter as the list now holds them")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        VoterView voter,

        @Schema(
                description = "R-3 upheld: the unit's candidate list without the candidate, checked again against "
                        + "C-7 (belowMinimum)")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        CandidateListView candidateList) {}
