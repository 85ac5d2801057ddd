package vn.election.awards.nomination;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.nomination.NominationRequests.AttachmentView;
import vn.election.awards.nomination.NominationRequests.CouncilMinutes;
import vn.election.awards.nomination.NominationRequests.Dossier;

/** A nomination as the API shows it, with its dossier and every transition taken. */
@Schema(name = "Nomination", description = "Đề nghị khen thưởng: one nominee, one achievement, one form")
public record NominationView(
        UUID id,
        UUID campaignId,
        UUID nomineeId,
        UUID achievementId,
        @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT") String form,
        @Schema(example = "COLLECTIVE") RecipientKind recipientKind,
        @Schema(example = "COUNCIL_REVIEWED") NominationState state,
        Dossier dossier,
        CouncilMinutes councilMinutes,
        String partyOpinion,
        UUID forwardedFrom,
        String createdBy,
        OffsetDateTime createdAt,
        List<TransitionView> history) {

    static NominationView of(Nomination n) {
        var dossier = new Dossier(
                n.submissionNumber,
                n.submissionDate,
                n.submittingBody,
                n.achievementReport,
                n.originalSets,
                n.criteriaMet.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new)),
                n.attachments.stream()
                        .map(a -> new AttachmentView(a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256))
                        .toList());
        CouncilMinutes minutes = n.councilMeetingOn == null
                ? null
                : new CouncilMinutes(n.councilMeetingOn, n.councilMembers, n.councilPresent, n.councilVotesFor);
        return new NominationView(
                n.id,
                n.campaignId,
                n.nomineeId,
                n.achievementId,
                n.form,
                n.recipientKind,
                n.state,
                dossier,
                minutes,
                n.partyOpinion,
                n.forwardedFrom,
                n.createdBy,
                n.createdAt,
                n.history.stream().map(TransitionView::of).toList());
    }

    /** One transition taken (K-9). */
    @Schema(name = "Transition")
    public record TransitionView(
            @Schema(example = "CHECK") Action action,
            @Schema(example = "SUBMITTED") NominationState from,
            @Schema(example = "CHECKED") NominationState to,
            @Schema(example = "awards-officer") String actingRole,
            @Schema(example = "Trần Văn An") String actor,
            String reason,
            OffsetDateTime takenAt) {
        static TransitionView of(NominationTransition t) {
            return new TransitionView(t.action, t.fromState, t.toState, t.actingRole, t.actor, t.reason, t.takenAt);
        }
    }

    /** A page of nominations; {@code next} is the cursor of the following page, null at the end. */
    @Schema(name = "NominationPage")
    public record Page(List<NominationView> items, UUID next) {}
}
