package vn.election.tally.exports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.election.events.Body;
import vn.election.tally.results.UnitResultView;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultViews;

/**
 * Results per electoral unit as CSV for officials (Vietnamese headers, UTF-8 with a byte-order mark so
 * that spreadsheet programs read the diacritics): one row per candidate of each unit, the unit's
 * figures (M-5) repeated on each, in the order body, administrative unit, number.
 */
@ApplicationScoped
public class ResultsCsv {

    static final String[] HEADERS = {
        "Mã đơn vị hành chính",
        "Cơ quan được bầu",
        "Đơn vị bầu cử số",
        "Tên đơn vị bầu cử",
        "Số đại biểu được bầu",
        "Vòng bầu",
        "Trạng thái",
        "Kết quả",
        "Khu vực bỏ phiếu đã báo cáo",
        "Tổng số khu vực bỏ phiếu",
        "Tổng số cử tri",
        "Số cử tri đã tham gia bỏ phiếu",
        "Tỷ lệ cử tri đi bầu (%)",
        "Số phiếu phát ra",
        "Số phiếu thu vào",
        "Số phiếu hợp lệ",
        "Số phiếu không hợp lệ",
        "Họ và tên người ứng cử",
        "Số phiếu bầu",
        "Tỷ lệ so với phiếu hợp lệ (%)",
        "Trúng cử",
        "Diễn tập"
    };

    /** The last column of every row of a drill (D-28); empty for a real election. */
    static final String DRILL = "DIỄN TẬP";

    private final ExportQueries exports;
    private final UnitResultViews views;

    public ResultsCsv(ExportQueries exports, UnitResultViews views) {
        this.exports = exports;
        this.views = views;
    }

    /** Streams the CSV, building the units' results a chunk at a time, each chunk in its own read. */
    public StreamingOutput of(UUID electionId, boolean drill, Body body, String administrativeUnit) {
        List<UUID> unitIds = exports.units(electionId, body, administrativeUnit);
        return output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS).get())) {
                for (List<UUID> chunk : ExportQueries.chunks(unitIds)) {
                    Map<UUID, UnitResultView> results =
                            QuarkusTransaction.requiringNew().call(() -> views.of(chunk));
                    for (UnitResultView unit : results.values()) {
                        if (unit.candidates().isEmpty()) {
                            print(csv, unit, null, drill);
                        }
                        for (CandidateResult candidate : unit.candidates()) {
                            print(csv, unit, candidate, drill);
                        }
                    }
                }
            }
        };
    }

    private static void print(CSVPrinter csv, UnitResultView u, CandidateResult c, boolean drill)
            throws java.io.IOException {
        var t = u.totals();
        csv.printRecord(
                u.administrativeUnitCode(),
                BodyNames.vietnamese(u.body()),
                u.number(),
                u.name(),
                u.seats(),
                u.round(),
                u.status(),
                u.provisional() ? "Tạm thời" : "Chính thức",
                u.progress().pollingAreasReported(),
                u.progress().pollingAreasTotal(),
                t.totalVoters(),
                t.votersParticipated(),
                t.turnoutPercent(),
                t.ballotsIssued(),
                t.ballotsReceived(),
                t.valid(),
                t.invalid(),
                c == null ? null : c.fullName(),
                c == null ? null : c.votes(),
                c == null ? null : c.percentOfValid(),
                c == null ? null : c.elected() ? "Có" : "Không",
                drill ? DRILL : null);
    }
}
