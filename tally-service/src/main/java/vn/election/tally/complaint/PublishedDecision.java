package vn.election.tally.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** A settled complaint about results as published: without the complainant's name or contact. */
@Schema(name = "PublishedComplaintDecision")
public record PublishedDecision(
        UUID id, UUID unitId, Body body, String text, OffsetDateTime filedAt, ComplaintView.DecisionView decision) {}
