package vn.election.registry.pollingarea;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem;

/**
 * A polling area (khu vực bỏ phiếu, KVBP): in one commune (PA-3), in exactly one electoral unit per body
 * of its election (PA-4).
 */
@Entity
@Table(name = "polling_area")
public class PollingArea {

    /** PA-1: 300 to 4,000 voters; PA-2: a special area at least 50. */
    static final int MIN_VOTERS = 300;

    static final int MAX_VOTERS = 4_000;
    static final int MIN_VOTERS_SPECIAL = 50;

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(nullable = false)
    int number;

    @Column(nullable = false)
    String name;

    @Column(name = "commune_code", nullable = false)
    String communeCode;

    @Column(name = "station_address", nullable = false)
    String stationAddress;

    @Column(nullable = false)
    boolean remote;

    @Column(nullable = false)
    boolean special;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "polling_area_unit", joinColumns = @JoinColumn(name = "polling_area_id"))
    @MapKeyColumn(name = "body")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "electoral_unit_id")
    Map<Body, UUID> unitByBody = new EnumMap<>(Body.class);

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Who defined it: the subject of the token. */
    @Column(name = "created_by")
    String createdBy;

    protected PollingArea() {}

    PollingArea(
            UUID id,
            UUID electionId,
            int number,
            String name,
            String communeCode,
            String stationAddress,
            boolean remote,
            boolean special,
            Map<Body, UUID> unitByBody,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.number = number;
        this.name = name;
        this.communeCode = communeCode;
        this.stationAddress = stationAddress;
        this.remote = remote;
        this.special = special;
        this.unitByBody = new EnumMap<>(unitByBody);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public UUID electionId() {
        return electionId;
    }

    public String name() {
        return name;
    }

    public String communeCode() {
        return communeCode;
    }

    public String stationAddress() {
        return stationAddress;
    }

    public Map<Body, UUID> unitByBody() {
        return new EnumMap<>(unitByBody);
    }

    /**
     * PA-1: 300 to 4,000 voters, fewer allowed in a remote (mountain, island, sparse) area; PA-2: a special
     * area (armed forces, hospital, detention ...) at least 50.
     *
     * @param field where to report it
     * @return what is wrong with {@code voters} voters, if anything
     */
    public Optional<Problem.FieldError> voterCountProblem(String field, long voters) {
        if (voters > MAX_VOTERS) {
            return Optional.of(Problem.FieldError.of(
                    field, Rule.PA_1, voters + " voters: a polling area has at most " + MAX_VOTERS));
        }
        if (special && voters < MIN_VOTERS_SPECIAL) {
            return Optional.of(Problem.FieldError.of(
                    field, Rule.PA_2, voters + " voters: a special polling area has at least " + MIN_VOTERS_SPECIAL));
        }
        if (!special && !remote && voters < MIN_VOTERS) {
            return Optional.of(Problem.FieldError.of(
                    field,
                    Rule.PA_1,
                    voters + " voters: a polling area has at least " + MIN_VOTERS + " unless it is remote"));
        }
        return Optional.empty();
    }
}
