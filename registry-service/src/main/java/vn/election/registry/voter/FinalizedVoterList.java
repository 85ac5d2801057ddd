package vn.election.registry.voter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A polling area's voter list once finalized: later changes (V-9, V-10) publish its counts again. */
@Entity
@Table(name = "voter_list_final")
public class FinalizedVoterList {

    @Id
    @Column(name = "polling_area_id")
    UUID pollingAreaId;

    @Column(name = "finalized_at", nullable = false)
    OffsetDateTime finalizedAt;

    /** V-8: when it was first finalized, its posting; a complaint about it is made within days of this. */
    @Column(name = "posted_at", nullable = false)
    OffsetDateTime postedAt;

    /** Who finalized it last: the subject of the token. */
    @Column(name = "finalized_by")
    String finalizedBy;

    protected FinalizedVoterList() {}
}
