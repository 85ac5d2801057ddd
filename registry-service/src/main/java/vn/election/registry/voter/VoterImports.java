package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.security.Caller;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.common.ImportReport;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingAreaService;

/**
 * Imports voter lists ({@link VoterImporter}) while they still change (V-9). V-5: the commune draws up its polling
 * areas' lists, so an import lies inside the caller's jurisdiction (a committee over the area's commune or the
 * province, the nation), and each is logged with who made it in {@code voter_list_change}.
 */
@ApplicationScoped
@Transactional
public class VoterImports {

    private final ElectionService elections;
    private final PollingAreaService areas;
    private final AdministrativeUnitService administrativeUnits;
    private final VoterImporter importer;
    private final VoterListFinalization finalization;
    private final VoterListChangeRepository changes;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public VoterImports(
            ElectionService elections,
            PollingAreaService areas,
            AdministrativeUnitService administrativeUnits,
            VoterImporter importer,
            VoterListFinalization finalization,
            VoterListChangeRepository changes,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.elections = elections;
        this.areas = areas;
        this.administrativeUnits = administrativeUnits;
        this.importer = importer;
        this.finalization = finalization;
        this.changes = changes;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** Imports one polling area's list. */
    public ImportReport importArea(UUID electionId, UUID areaId, boolean acceptValid, InputStream csv) {
        Election election = elections.requireOpenLists(electionId);
        areas.require(electionId, areaId);
        jurisdictions.requireWithin(Jurisdiction.pollingArea(areaId));
        ImportReport report = imported(election, ImportTarget.pollingArea(areaId), acceptValid, csv);
        changes.persist(VoterListChange.importOfArea(electionId, areaId, report.accepted())
                .by(caller.actor(), OffsetDateTime.now(clock)));
        return report;
    }

    /** Imports a whole province's lists, each row naming its polling area: the province's committee or the nation. */
    public ImportReport importProvince(UUID electionId, String provinceCode, boolean acceptValid, InputStream csv) {
        Election election = elections.requireOpenLists(electionId);
        administrativeUnits.require(provinceCode);
        jurisdictions.requireWithin(Jurisdiction.administrativeUnit(provinceCode));
        ImportTarget target = ImportTarget.province(provinceCode, areas.idsInProvince(electionId, provinceCode));
        ImportReport report = imported(election, target, acceptValid, csv);
        changes.persist(VoterListChange.importOfProvince(electionId, provinceCode, report.accepted())
                .by(caller.actor(), OffsetDateTime.now(clock)));
        return report;
    }

    private ImportReport imported(Election election, ImportTarget target, boolean acceptValid, InputStream csv) {
        VoterImporter.Imported imported = importer.importCsv(election, target, acceptValid, csv);
        finalization.republish(election, imported.areasAdded());
        return imported.report();
    }
}
