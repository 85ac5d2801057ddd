package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.Topics;
import vn.election.events.registry.VoterListFinalized;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;
import vn.election.kit.security.Jurisdiction;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.common.ImportReport;
import vn.election.registry.common.Texts;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Places;
import vn.election.registry.pollingarea.PollingArea;
import vn.election.registry.pollingarea.PollingAreaService;

/**
 * Voter lists: imports (through {@link VoterImporter}), search, the public lookup, finalization, removal
 * (V-9) and transfer certificates (V-10). The voter table is bulk data: read and written with SQL.
 * V-5: the commune draws up its polling areas' lists, so every change and every read of personal data lies
 * inside the caller's jurisdiction (a committee over the area's commune, the area's own team for reads, the
 * nation), and every change is logged with who made it in {@code voter_list_change}.
 */
@ApplicationScoped
@Transactional
public class VoterService {

    /** V-10: a transferred voter votes NA, and the provincial council only within the same province. */
    private static final Set<Body> TRANSFER_SCOPE_SAME_PROVINCE =
            EnumSet.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL);

    private static final Set<Body> TRANSFER_SCOPE_OTHER_PROVINCE = EnumSet.of(Body.NATIONAL_ASSEMBLY);

    private final EntityManager em;
    private final ElectionService elections;
    private final PollingAreaService areas;
    private final AdministrativeUnitService administrativeUnits;
    private final VoterImporter importer;
    private final Outbox outbox;
    private final Places places;
    private final Caller caller;
    private final Clock clock;

    public VoterService(
            EntityManager em,
            ElectionService elections,
            PollingAreaService areas,
            AdministrativeUnitService administrativeUnits,
            VoterImporter importer,
            Outbox outbox,
            Places places,
            Caller caller,
            Clock clock) {
        this.em = em;
        this.elections = elections;
        this.areas = areas;
        this.administrativeUnits = administrativeUnits;
        this.importer = importer;
        this.outbox = outbox;
        this.places = places;
        this.caller = caller;
        this.clock = clock;
    }

    /** Imports one polling area's list. */
    public ImportReport importArea(UUID electionId, UUID areaId, boolean acceptValid, InputStream csv) {
        Election election = openList(electionId);
        PollingArea area = areas.require(electionId, areaId);
        places.requireWithin(Jurisdiction.pollingArea(areaId));
        String province = administrativeUnits.require(area.communeCode()).provinceCode();
        ImportReport report = imported(
                election, importer.importCsv(election, new VoterImporter.Target(areaId, province), acceptValid, csv));
        logChange(VoterListChange.importOfArea(electionId, areaId, report.accepted()));
        return report;
    }

    /** Imports a whole province's lists, each row naming its polling area: the province's committee or the nation. */
    public ImportReport importProvince(UUID electionId, String provinceCode, boolean acceptValid, InputStream csv) {
        Election election = openList(electionId);
        administrativeUnits.require(provinceCode);
        places.requireWithin(Jurisdiction.administrativeUnit(provinceCode));
        ImportReport report = imported(
                election, importer.importCsv(election, new VoterImporter.Target(null, provinceCode), acceptValid, csv));
        logChange(VoterListChange.importOfProvince(electionId, provinceCode, report.accepted()));
        return report;
    }

    /**
     * Keyset page of voters by folded name, then citizen id. {@code name} matches the start of the name,
     * ignoring diacritics and case.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VoterPage search(
            UUID electionId, String name, String citizenId, UUID pollingAreaId, String after, int limit) {
        elections.require(electionId);
        StringBuilder sql = new StringBuilder("select citizen_id, full_name, birth_date, category, polling_area_id, "
                + "transferred_to, name_folded from voter where election_id = :election");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("election", electionId));
        if (pollingAreaId != null) {
            places.requireWithin(Jurisdiction.pollingArea(pollingAreaId));
        } else {
            withinCallersJurisdiction(sql, params);
        }
        if (name != null && !name.isBlank()) {
            sql.append(" and name_folded like :name escape '\\'");
            params.put(
                    "name",
                    Texts.fold(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (citizenId != null) {
            sql.append(" and citizen_id = :citizen");
            params.put("citizen", citizenId);
        }
        if (pollingAreaId != null) {
            sql.append(" and polling_area_id = :area");
            params.put("area", pollingAreaId);
        }
        if (after != null) {
            String[] cursor = decodeCursor(after);
            sql.append(" and (name_folded, citizen_id) > (:afterName, :afterCitizen)");
            params.put("afterName", cursor[0]);
            params.put("afterCitizen", cursor[1]);
        }
        sql.append(" order by name_folded, citizen_id limit :limit");
        params.put("limit", limit + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<VoterView> items =
                rows.stream().limit(limit).map(VoterService::voter).toList();
        String next = null;
        if (rows.size() > limit) {
            Object[] last = rows.get(limit - 1);
            next = encodeCursor((String) last[6], (String) last[0]);
        }
        return new VoterPage(items, next);
    }

    /** The public lookup: only where the citizen votes, and only if id and date of birth both match. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PollingPlace lookup(UUID electionId, VoterLookup question) {
        elections.require(electionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.name, a.station_address from voter v
                        join polling_area a on a.id = coalesce(v.transferred_to, v.polling_area_id)
                        where v.election_id = ?1 and v.citizen_id = ?2 and v.birth_date = ?3""")
                .setParameter(1, electionId)
                .setParameter(2, question.citizenId())
                .setParameter(3, question.birthDate())
                .getResultList();
        // the same answer whichever field does not match: the lookup reveals nothing about who is listed
        return rows.stream()
                .findFirst()
                .map(r -> new PollingPlace((UUID) r[0], (String) r[1], (String) r[2]))
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "no voter with this citizen id and date of birth in this election",
                        List.of()));
    }

    /**
     * Finalizes a polling area's list: counts the voters per body (V-6, V-10), checks PA-1/PA-2 against
     * the real count, publishes {@code VoterListFinalized}.
     */
    public VoterListView finalizeList(UUID electionId, UUID areaId) {
        Election election = elections.require(electionId);
        PollingArea area = areas.require(electionId, areaId);
        places.requireWithin(Jurisdiction.pollingArea(areaId));
        Counts counts = count(election, area);
        area.voterCountProblem("voters", counts.voters()).ifPresent(problem -> {
            throw ProblemException.ruleViolations(List.of(problem));
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                        insert into voter_list_final (polling_area_id, finalized_at, finalized_by) values (?1, ?2, ?3)
                        on conflict (polling_area_id) do update
                        set finalized_at = excluded.finalized_at, finalized_by = excluded.finalized_by""")
                .setParameter(1, areaId)
                .setParameter(2, now)
                .setParameter(3, caller.actor())
                .executeUpdate();
        return publish(election, areaId, counts, now);
    }

    /**
     * V-10: a transfer certificate, issued by the commune that lists the voter; the voter then votes at the
     * destination only, with a reduced scope.
     */
    public VoterView transfer(UUID electionId, String citizenId, UUID toAreaId) {
        Election election = elections.require(electionId);
        VoterView voter = requireVoter(electionId, citizenId);
        places.requireWithin(Jurisdiction.pollingArea(voter.pollingAreaId()));
        if (!OffsetDateTime.now(clock).isBefore(election.votingStarts())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "voting has started",
                    List.of(new Problem.FieldError(
                            "toPollingAreaId", "V-10", "transfer certificates are issued until election day")));
        }
        if (voter.transferredTo() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "this voter holds a transfer certificate already",
                    List.of(new Problem.FieldError(
                            "citizenId", "V-10", "already transferred to " + voter.transferredTo())));
        }
        areas.require(electionId, toAreaId);
        if (toAreaId.equals(voter.pollingAreaId())) {
            throw ProblemException.ruleViolation(
                    "toPollingAreaId", Rule.V_10, "the voter is listed at this polling area");
        }
        em.createNativeQuery("update voter set transferred_to = ?3 where election_id = ?1 and citizen_id = ?2")
                .setParameter(1, electionId)
                .setParameter(2, citizenId)
                .setParameter(3, toAreaId)
                .executeUpdate();
        logChange(VoterListChange.transfer(electionId, voter.pollingAreaId(), citizenId, toAreaId));
        republishFinalized(election, List.of(voter.pollingAreaId(), toAreaId));
        return requireVoter(electionId, citizenId);
    }

    /** V-9: a voter leaves the list (a move, a death ...) until 24 hours before voting. */
    public void remove(UUID electionId, String citizenId) {
        Election election = openList(electionId);
        VoterView voter = requireVoter(electionId, citizenId);
        places.requireWithin(Jurisdiction.pollingArea(voter.pollingAreaId()));
        em.createNativeQuery("delete from voter where election_id = ?1 and citizen_id = ?2")
                .setParameter(1, electionId)
                .setParameter(2, citizenId)
                .executeUpdate();
        logChange(VoterListChange.removal(electionId, voter.pollingAreaId(), citizenId));
        List<UUID> changed = new ArrayList<>(List.of(voter.pollingAreaId()));
        if (voter.transferredTo() != null) {
            changed.add(voter.transferredTo());
        }
        republishFinalized(election, changed);
    }

    /** One voter, for a reader whose jurisdiction holds the area that lists them or the one they transfer to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VoterView get(UUID electionId, String citizenId) {
        elections.require(electionId);
        VoterView voter = requireVoter(electionId, citizenId);
        places.requireWithinAny(java.util.stream.Stream.of(voter.pollingAreaId(), voter.transferredTo())
                .filter(java.util.Objects::nonNull)
                .map(Jurisdiction::pollingArea)
                .toList());
        return voter;
    }

    /**
     * A search without a polling area covers the caller's jurisdiction only: the voters listed at, or
     * transferred to, a polling area inside it. The nation sees every list.
     */
    private void withinCallersJurisdiction(StringBuilder sql, Map<String, Object> params) {
        Jurisdiction holder = places.callerJurisdiction().orElse(null);
        if (holder == null) {
            places.requireWithin(Jurisdiction.NATION);
            return;
        }
        String areasInside = switch (holder.kind()) {
            case NATION -> null;
            case ADMINISTRATIVE_UNIT ->
                "select a.id from polling_area a join administrative_unit c"
                        + " on c.code = a.commune_code"
                        + " where c.code = :place or c.parent_code = :place or c.province_code = :place";
            case ELECTORAL_UNIT -> "select polling_area_id from polling_area_unit where electoral_unit_id = :place";
            case POLLING_AREA -> "select cast(:place as uuid)";
        };
        if (areasInside != null) {
            sql.append(" and (polling_area_id in (")
                    .append(areasInside)
                    .append(") or transferred_to in (")
                    .append(areasInside)
                    .append("))");
            params.put("place", holder.kind() == Jurisdiction.Kind.ADMINISTRATIVE_UNIT ? holder.id() : holder.uuid());
        }
    }

    /** Who changed which list (V-5, V-9, V-10), when. */
    private void logChange(VoterListChange change) {
        em.persist(change.by(caller.actor(), OffsetDateTime.now(clock)));
    }

    /** V-9: the lists change until 24 hours before voting starts, then they are frozen (a public date). */
    private Election openList(UUID electionId) {
        Election election = elections.require(electionId);
        if (!OffsetDateTime.now(clock).isBefore(election.listChangesCloseAt())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "the voter lists are frozen",
                    List.of(new Problem.FieldError(
                            "electionId",
                            "V-9",
                            "lists change until " + election.listChangesCloseAt()
                                    + ", 24 hours before voting starts")));
        }
        return election;
    }

    private ImportReport imported(Election election, VoterImporter.Imported imported) {
        republishFinalized(election, imported.finalizedAreasChanged());
        return imported.report();
    }

    /** A change to a finalized list publishes its counts again (the event replaces the earlier one). */
    private void republishFinalized(Election election, List<UUID> areaIds) {
        for (UUID areaId : new LinkedHashSet<>(areaIds)) {
            boolean finalized = !em.createNativeQuery("select 1 from voter_list_final where polling_area_id = ?1")
                    .setParameter(1, areaId)
                    .getResultList()
                    .isEmpty();
            if (finalized) {
                publish(
                        election,
                        areaId,
                        count(election, areas.require(election.id(), areaId)),
                        OffsetDateTime.now(clock));
            }
        }
    }

    private VoterListView publish(Election election, UUID areaId, Counts counts, OffsetDateTime at) {
        outbox.record(
                Topics.REGISTRY_STRUCTURE,
                election.id().toString(),
                VoterListFinalized.TYPE,
                new VoterListFinalized(election.id(), areaId, counts.byBody(), at));
        return new VoterListView(areaId, counts.voters(), counts.byBody(), at);
    }

    /**
     * Who votes here, per body: listed voters without a transfer, by the scope of their category (V-6),
     * and voters transferred here, with the reduced scope of V-10.
     */
    private Counts count(Election election, PollingArea area) {
        Map<Body, Integer> byBody = new EnumMap<>(Body.class);
        election.bodies().forEach(body -> byBody.put(body, 0));
        long voters = 0;
        String province = administrativeUnits.require(area.communeCode()).provinceCode();
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("""
                        select v.category, v.transferred_to is not null, c.province_code = ?2, count(*)
                        from voter v
                        join polling_area o on o.id = v.polling_area_id
                        join administrative_unit c on c.code = o.commune_code
                        where (v.polling_area_id = ?1 and v.transferred_to is null) or v.transferred_to = ?1
                        group by 1, 2, 3""")
                .setParameter(1, area.id())
                .setParameter(2, province)
                .getResultList();
        for (Object[] group : groups) {
            Set<Body> scope = VoterCategory.valueOf((String) group[0]).scope(election.ruleset());
            if ((Boolean) group[1]) {
                scope.retainAll((Boolean) group[2] ? TRANSFER_SCOPE_SAME_PROVINCE : TRANSFER_SCOPE_OTHER_PROVINCE);
            }
            int n = ((Number) group[3]).intValue();
            voters += n;
            scope.stream().filter(byBody::containsKey).forEach(body -> byBody.merge(body, n, Integer::sum));
        }
        return new Counts(voters, byBody);
    }

    private VoterView requireVoter(UUID electionId, String citizenId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select citizen_id, full_name, birth_date, category, polling_area_id, transferred_to
                        from voter where election_id = ?1 and citizen_id = ?2""")
                .setParameter(1, electionId)
                .setParameter(2, citizenId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(VoterService::voter)
                .orElseThrow(() -> ProblemException.notFound("voter", citizenId));
    }

    private static VoterView voter(Object[] row) {
        return new VoterView(
                (String) row[0],
                (String) row[1],
                toLocalDate(row[2]),
                VoterCategory.valueOf((String) row[3]),
                (UUID) row[4],
                (UUID) row[5]);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String encodeCursor(String nameFolded, String citizenId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((nameFolded + "\n" + citizenId).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length == 2) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ProblemException(
                ProblemType.BAD_REQUEST,
                "the cursor is not one this service gave",
                List.of(new Problem.FieldError("after", "InvalidCursor", "pass the `next` of the previous page")));
    }

    private record Counts(long voters, Map<Body, Integer> byBody) {}
}
