package vn.election.tally.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElections;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultViews;

/**
 * The results of an election in the NIST SP 1500-100 Election Results Reporting common data format,
 * version 2, JSON ({@code ElectionResults.ElectionReport}, summary-contest level):
 * <ul>
 * <li>one {@code CandidateContest} per electoral unit and body, {@code NumberElected} = {@code VotesAllowed}
 * = seats (a valid ballot leaves at most that many names, B-4), {@code SubUnitsReported}/
 * {@code TotalSubUnits} = polling areas reported / voting in it;</li>
 * <li>one {@code CandidateSelection} per candidate on the list with its {@code VoteCounts} (type total) for
 * the unit, and the winners marked {@code PostElectionStatus: winner};</li>
 * <li>{@code GpUnit}s: the nation (country), provinces (state), districts (county), communes
 * (municipality), electoral units (other) and polling areas (precinct), each composed of those below.</li>
 * </ul>
 * The schema allows no new properties, so what it has no field for is carried as its own extension
 * points allow, all with an {@code OtherType} beginning {@code vn-}:
 * <ul>
 * <li>{@code SummaryCounts} of a contest for the unit: type {@code total} with {@code BallotsCast} = ballots
 * received (phiếu thu vào) and {@code BallotsRejected} = invalid ballots (phiếu không hợp lệ); type
 * {@code other}, {@code vn-ballots-issued}, with {@code BallotsCast} = ballots issued (phiếu phát ra);
 * type {@code other}, {@code vn-valid-ballots}, with {@code BallotsCast} = valid ballots;</li>
 * <li>{@code ExternalIdentifier} of a contest: {@code vn-unit-status} = the W-8 state, {@code vn-unit-reason}
 * = its legal reason, {@code vn-round} = the round counted; of a candidate, contest and unit: the
 * registry's id (type national-level).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class NistResultsReport {

    private static final String ISSUER = "Hội đồng Bầu cử quốc gia";
    private static final String ISSUER_ABBREVIATION = "HĐBCQG";
    private static final String VENDOR = "vn.election tally-service 1.0";

    private final EntityManager em;
    private final KnownElections elections;
    private final ExportUnits units;
    private final UnitResultViews views;
    private final ObjectMapper json;
    private final Clock clock;

    public NistResultsReport(
            EntityManager em,
            KnownElections elections,
            ExportUnits units,
            UnitResultViews views,
            ObjectMapper json,
            Clock clock) {
        this.em = em;
        this.elections = elections;
        this.units = units;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    public ObjectNode of(UUID electionId) {
        KnownElection election = elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
        List<UnitResultView> results = new ArrayList<>();
        for (List<UUID> chunk : ExportUnits.chunks(units.of(electionId, null, null))) {
            results.addAll(views.of(chunk).values());
        }
        Map<UUID, List<Object[]>> ballots = candidatesByUnit(electionId);

        ObjectNode report = typed("ElectionReport");
        report.put("Format", "summary-contest");
        report.put(
                "GeneratedDate",
                OffsetDateTime.now(clock.withZone(election.zone())).toString());
        report.put("Issuer", ISSUER);
        report.put("IssuerAbbreviation", ISSUER_ABBREVIATION);
        report.put("SequenceStart", 1);
        report.put("SequenceEnd", 1);
        report.put("Status", status(results));
        report.put("VendorApplicationId", VENDOR);

        ObjectNode e = report.putArray("Election").addObject();
        e.put("@type", "ElectionResults.Election");
        e.set("Name", text(election.name()));
        e.put("StartDate", election.electionDay().toString());
        e.put("EndDate", election.electionDay().toString());
        e.put("Type", "general");
        e.put("ElectionScopeId", "gpu-nation");
        e.putArray("ExternalIdentifier").add(identifier("national-level", null, electionId.toString()));
        ArrayNode candidates = e.putArray("Candidate");
        ArrayNode contests = e.putArray("Contest");
        for (UnitResultView unit : results) {
            contests.add(contest(unit, ballots.getOrDefault(unit.unitId(), List.of()), candidates));
        }
        report.set("GpUnit", gpUnits(electionId, results));
        return report;
    }

    private ObjectNode contest(UnitResultView unit, List<Object[]> ballot, ArrayNode candidates) {
        String unitGp = "gpu-unit-" + unit.unitId();
        ObjectNode contest = typed("CandidateContest");
        contest.put("@id", "contest-" + unit.unitId());
        contest.put("Name", unit.name() + " – " + BodyNames.vietnamese(unit.body()));
        contest.put("ElectoralDistrictId", unitGp);
        contest.put("NumberElected", unit.seats());
        contest.put("VotesAllowed", unit.seats());
        contest.put("VoteVariation", "n-of-m");
        contest.put("SubUnitsReported", unit.progress().pollingAreasReported());
        contest.put("TotalSubUnits", unit.progress().pollingAreasTotal());
        ObjectNode countStatus = contest.putArray("CountStatus").addObject();
        countStatus.put("@type", "ElectionResults.CountStatus");
        countStatus.put("Type", "total");
        countStatus.put(
                "Status",
                unit.progress().pollingAreasReported() == unit.progress().pollingAreasTotal()
                                && unit.progress().pollingAreasTotal() > 0
                        ? "completed"
                        : "in-process");
        ArrayNode ids = contest.putArray("ExternalIdentifier");
        ids.add(identifier("national-level", null, unit.unitId().toString()));
        ids.add(identifier("other", "vn-unit-status", unit.status().name()));
        ids.add(identifier("other", "vn-round", Integer.toString(unit.round())));
        if (unit.reason() != null) {
            ids.add(identifier("other", "vn-unit-reason", unit.reason()));
        }
        var t = unit.totals();
        ArrayNode counts = contest.putArray("SummaryCounts");
        ObjectNode total = summary(counts, unitGp, "total", null, t.ballotsReceived());
        total.put("BallotsRejected", t.invalid());
        summary(counts, unitGp, "other", "vn-ballots-issued", t.ballotsIssued());
        summary(counts, unitGp, "other", "vn-valid-ballots", t.valid());

        Map<UUID, CandidateResult> counted = new HashMap<>();
        unit.candidates().forEach(c -> counted.put(c.candidateId(), c));
        ArrayNode selections = contest.putArray("BallotSelection");
        int order = 1;
        for (Object[] c : ballot) {
            UUID id = (UUID) c[1];
            CandidateResult result = counted.get(id);
            String candidateId = "cand-" + unit.unitId() + "-" + id;
            ObjectNode candidate = candidates.addObject();
            candidate.put("@type", "ElectionResults.Candidate");
            candidate.put("@id", candidateId);
            candidate.set("BallotName", text((String) c[2]));
            candidate.putArray("ExternalIdentifier").add(identifier("national-level", null, id.toString()));
            if ((Boolean) c[3]) {
                candidate.put("PreElectionStatus", "withdrawn");
            } else if (result != null && result.elected()) {
                candidate.put("PostElectionStatus", "winner");
            }
            ObjectNode selection = selections.addObject();
            selection.put("@type", "ElectionResults.CandidateSelection");
            selection.put("@id", "sel-" + unit.unitId() + "-" + id);
            selection.putArray("CandidateIds").add(candidateId);
            selection.put("SequenceOrder", order++);
            ObjectNode votes = selection.putArray("VoteCounts").addObject();
            votes.put("@type", "ElectionResults.VoteCounts");
            votes.put("GpUnitId", unitGp);
            votes.put("Type", "total");
            // a winner of an earlier round (W-5) has no votes on this round's ballot
            votes.put("Count", result == null || result.votes() == null ? 0 : result.votes());
        }
        return contest;
    }

    /** The nation, administrative units, electoral units and polling areas, each composed of those below. */
    private ArrayNode gpUnits(UUID electionId, List<UnitResultView> results) {
        Map<String, ObjectNode> gp = new LinkedHashMap<>();
        ObjectNode nation = reportingUnit(gp, "gpu-nation", "country", null, "Việt Nam");
        for (Object row : em.createNativeQuery("""
                        with recursive up(code, name, level, parent) as (
                            select a.code, a.name, a.level, a.parent_code from administrative_unit a
                            where a.code in (select commune_code from polling_area where election_id = ?1
                                             union select administrative_unit_code from electoral_unit
                                             where election_id = ?1)
                            union
                            select a.code, a.name, a.level, a.parent_code from administrative_unit a
                            join up on a.code = up.parent)
                        -- parents before their children
                        select code, name, level, parent from up
                        order by case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, code""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            ObjectNode unit = reportingUnit(
                    gp,
                    "gpu-admin-" + r[0],
                    switch ((String) r[2]) {
                        case "PROVINCE" -> "state";
                        case "DISTRICT" -> "county";
                        default -> "municipality";
                    },
                    null,
                    (String) r[1]);
            unit.putArray("ExternalIdentifier").add(identifier("national-level", null, (String) r[0]));
            String parent = r[3] == null ? "gpu-nation" : "gpu-admin-" + r[3];
            compose(gp.getOrDefault(parent, nation), unit.get("@id").asText());
        }
        for (UnitResultView unit : results) {
            ObjectNode gu = reportingUnit(
                    gp,
                    "gpu-unit-" + unit.unitId(),
                    "other",
                    "vn-electoral-unit",
                    unit.name() + " – " + BodyNames.vietnamese(unit.body()));
            gu.put("Number", Integer.toString(unit.number()));
            gu.put("VotersRegistered", unit.totals().totalVoters());
            gu.put("VotersParticipated", unit.totals().votersParticipated());
            gu.put("SubUnitsReported", unit.progress().pollingAreasReported());
            gu.put("TotalSubUnits", unit.progress().pollingAreasTotal());
            gu.putArray("ExternalIdentifier")
                    .add(identifier("national-level", null, unit.unitId().toString()));
        }
        for (Object row : em.createNativeQuery("select id, number, name, commune_code from polling_area "
                        + "where election_id = ?1 order by commune_code, number")
                .setParameter(1, electionId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            ObjectNode area = reportingUnit(gp, "gpu-pa-" + r[0], "precinct", null, (String) r[2]);
            area.put("Number", r[1].toString());
            area.putArray("ExternalIdentifier").add(identifier("national-level", null, r[0].toString()));
            compose(
                    gp.getOrDefault("gpu-admin-" + r[3], nation),
                    area.get("@id").asText());
        }
        for (Object row : em.createNativeQuery("""
                        select pau.unit_id, pau.polling_area_id from polling_area_unit pau
                        join polling_area pa on pa.id = pau.polling_area_id where pa.election_id = ?1
                        order by pa.commune_code, pa.number""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            ObjectNode unit = gp.get("gpu-unit-" + r[0]);
            if (unit != null) {
                compose(unit, "gpu-pa-" + r[1]);
            }
        }
        ArrayNode all = json.createArrayNode();
        gp.values().forEach(all::add);
        return all;
    }

    private Map<UUID, List<Object[]>> candidatesByUnit(UUID electionId) {
        Map<UUID, List<Object[]>> byUnit = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select c.unit_id, c.candidate_id, c.full_name, c.withdrawn from candidate c
                        join electoral_unit eu on eu.id = c.unit_id where eu.election_id = ?1
                        order by c.unit_id, c.position""").setParameter(1, electionId).getResultList()) {
            Object[] r = (Object[]) row;
            byUnit.computeIfAbsent((UUID) r[0], u -> new ArrayList<>()).add(r);
        }
        return byUnit;
    }

    /** certified when every unit is certified, unofficial-complete when every one is determined. */
    private static String status(List<UnitResultView> results) {
        if (!results.isEmpty() && results.stream().allMatch(u -> u.status() == UnitStatus.FINAL)) {
            return "certified";
        }
        boolean determined = !results.isEmpty()
                && results.stream()
                        .allMatch(u -> u.status() != UnitStatus.FIRST_COUNT
                                && u.status() != UnitStatus.NEEDS_ADDITIONAL_ELECTION
                                && u.status() != UnitStatus.NEEDS_REPEAT_ELECTION);
        return determined ? "unofficial-complete" : "unofficial-partial";
    }

    private ObjectNode reportingUnit(
            Map<String, ObjectNode> gp, String id, String type, String otherType, String name) {
        ObjectNode unit = typed("ReportingUnit");
        unit.put("@id", id);
        unit.put("Type", type);
        if (otherType != null) {
            unit.put("OtherType", otherType);
        }
        unit.put("Name", name);
        gp.put(id, unit);
        return unit;
    }

    private static void compose(ObjectNode parent, String childId) {
        ArrayNode children = parent.has("ComposingGpUnitIds")
                ? (ArrayNode) parent.get("ComposingGpUnitIds")
                : parent.putArray("ComposingGpUnitIds");
        children.add(childId);
    }

    private ObjectNode summary(ArrayNode counts, String gpUnit, String type, String otherType, long ballots) {
        ObjectNode summary = counts.addObject();
        summary.put("@type", "ElectionResults.SummaryCounts");
        summary.put("GpUnitId", gpUnit);
        summary.put("Type", type);
        if (otherType != null) {
            summary.put("OtherType", otherType);
        }
        summary.put("BallotsCast", ballots);
        return summary;
    }

    private ObjectNode identifier(String type, String otherType, String value) {
        ObjectNode id = typed("ExternalIdentifier");
        id.put("Type", type);
        if (otherType != null) {
            id.put("OtherType", otherType);
        }
        id.put("Value", value);
        return id;
    }

    /** Vietnamese text (InternationalizedText, language vi). */
    private ObjectNode text(String content) {
        ObjectNode text = typed("InternationalizedText");
        ObjectNode vi = text.putArray("Text").addObject();
        vi.put("@type", "ElectionResults.LanguageString");
        vi.put("Content", content);
        vi.put("Language", "vi");
        return text;
    }

    private ObjectNode typed(String type) {
        ObjectNode node = json.createObjectNode();
        node.put("@type", "ElectionResults." + type);
        return node;
    }
}
