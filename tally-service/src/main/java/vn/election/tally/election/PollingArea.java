package vn.election.tally.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.kit.text.Texts;

/**
 * A polling area (khu vực bỏ phiếu): the electoral unit it votes in for each body (PA-4) and, once its
 * voter list is final, how many voters may vote for each body (M-3 {@code total_voters}, V-6), which the minutes
 * must state (D-18).
 */
@Entity
@Table(name = "polling_area")
public class PollingArea {

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

    @Column(nullable = false)
    boolean remote;

    @Column(nullable = false)
    boolean special;

    @ElementCollection
    @CollectionTable(name = "polling_area_unit", joinColumns = @JoinColumn(name = "polling_area_id"))
    @MapKeyColumn(name = "body")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "unit_id")
    Map<Body, UUID> unitByBody = new EnumMap<>(Body.class);

    @ElementCollection
    @CollectionTable(name = "polling_area_voters", joinColumns = @JoinColumn(name = "polling_area_id"))
    @MapKeyColumn(name = "body")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "voters")
    Map<Body, Integer> votersByBody = new EnumMap<>(Body.class);

    /** The version of {@code votersByBody} (D-20); null until the finalized list arrives. */
    @Column(name = "voter_list_version")
    Long voterListVersion;

    protected PollingArea() {}

    PollingArea(UUID id) {
        this.id = id;
    }

    void learn(PollingAreaDefined event) {
        electionId = event.electionId();
        number = event.number();
        name = Texts.nfc(event.name(), Texts.Whitespace.KEEP);
        communeCode = event.communeCode();
        remote = event.remote();
        special = event.special();
        unitByBody.clear();
        unitByBody.putAll(event.unitByBody());
    }

    /**
     * Takes the counts of a finalized list, unless it already holds a newer version (D-20): an older count that
     * arrives late changes nothing. Counts without a version (0) apply in the order they arrive.
     *
     * @return whether the counts were taken
     */
    boolean finalizeVoters(Map<Body, Integer> voters, long version) {
        if (voterListVersion != null && version < voterListVersion) {
            return false;
        }
        votersByBody.clear();
        votersByBody.putAll(voters);
        voterListVersion = version;
        return true;
    }

    public Integer voters(Body body) {
        return votersByBody.get(body);
    }
}
