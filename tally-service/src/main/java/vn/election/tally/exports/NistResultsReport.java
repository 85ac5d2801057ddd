package vn.election.tally.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
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
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.exports.NistReportQueries.AdministrativeUnitRow;
import vn.election.tally.exports.NistReportQueries.ListedCandidate;
import vn.election.tally.exports.NistReportQueries.PollingAreaRow;
import vn.election.tally.exports.NistReportQueries.UnitPollingArea;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultViews;
import vn.election.tally.results.UnitRound;

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

    private final KnownElectionRepository elections;
    private final ExportQueries exports;
    private final NistReportQueries queries;
    private final UnitResultViews views;
    private final ObjectMapper json;
    private final Clock clock;

    public NistResultsReport(
            KnownElectionRepository elections,
            ExportQueries exports,
            NistReportQueries queries,
            UnitResultViews views,
            ObjectMapper json,
            Clock clock) {
        this.elections = elections;
        this.exports = exports;
        this.queries = queries;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    public ObjectNode of(UUID electionId) {
        KnownElection election = elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
        List<UnitResultView> results = new ArrayList<>();
        for (List<UUID> chunk : ExportQueries.chunks(exports.units(electionId, null, null))) {
            results.addAll(views.of(chunk).values());
        }
        Map<UUID, List<ListedCandidate>> ballots = queries.candidatesByUnit(electionId);

        ObjectNode report = typed("ElectionReport");
        report.put("Format", "summary-contest");
        report.put(
                "GeneratedDate",
                OffsetDateTime.now(clock.withZone(election.zone())).toString());
        // D-28: a drill is a test election in NIST's terms
        report.put("IsTest", election.drill());
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

    private ObjectNode contest(UnitResultView unit, List<ListedCandidate> ballot, ArrayNode candidates) {
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
        for (ListedCandidate c : ballot) {
            UUID id = c.candidateId();
            CandidateResult result = counted.get(id);
            String candidateId = "cand-" + unit.unitId() + "-" + id;
            ObjectNode candidate = candidates.addObject();
            candidate.put("@type", "ElectionResults.Candidate");
            candidate.put("@id", candidateId);
            candidate.set("BallotName", text(c.fullName()));
            candidate.putArray("ExternalIdentifier").add(identifier("national-level", null, id.toString()));
            if (c.withdrawn()) {
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
        for (AdministrativeUnitRow a : queries.administrativeUnits(electionId)) {
            ObjectNode unit = reportingUnit(
                    gp,
                    "gpu-admin-" + a.code(),
                    switch (a.level()) {
                        case PROVINCE -> "state";
                        case DISTRICT -> "county";
                        case COMMUNE -> "municipality";
                    },
                    null,
                    a.name());
            unit.putArray("ExternalIdentifier").add(identifier("national-level", null, a.code()));
            String parent = a.parentCode() == null ? "gpu-nation" : "gpu-admin-" + a.parentCode();
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
        for (PollingAreaRow pa : queries.pollingAreas(electionId)) {
            ObjectNode area = reportingUnit(gp, "gpu-pa-" + pa.id(), "precinct", null, pa.name());
            area.put("Number", Integer.toString(pa.number()));
            area.putArray("ExternalIdentifier")
                    .add(identifier("national-level", null, pa.id().toString()));
            compose(
                    gp.getOrDefault("gpu-admin-" + pa.communeCode(), nation),
                    area.get("@id").asText());
        }
        for (UnitPollingArea pair : queries.unitPollingAreas(electionId)) {
            ObjectNode unit = gp.get("gpu-unit-" + pair.unitId());
            if (unit != null) {
                compose(unit, "gpu-pa-" + pair.pollingAreaId());
            }
        }
        ArrayNode all = json.createArrayNode();
        gp.values().forEach(all::add);
        return all;
    }

    /** certified when every unit is certified, unofficial-complete when every one is determined. */
    private static String status(List<UnitResultView> results) {
        if (!results.isEmpty() && results.stream().allMatch(u -> u.status() == UnitStatus.FINAL)) {
            return "certified";
        }
        boolean determined = !results.isEmpty() && results.stream().allMatch(u -> UnitRound.settled(u.status()));
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
