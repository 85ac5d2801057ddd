package vn.election.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.election.demo.api.Gateway;
import vn.election.demo.api.Tokens;
import vn.election.demo.plan.BacKan2021;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.NationalSynthetic;
import vn.election.demo.run.LoadedElection;
import vn.election.demo.run.Loader;
import vn.election.demo.run.Parallel;
import vn.election.demo.run.Player;
import vn.election.demo.run.Report;

/** {@code java -jar demo/target/demo.jar}: generate, load and play a demo election through the gateway. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generates an election from a seed (Bắc Kạn 2021, or a national synthetic one), loads it "
                    + "through the gateway's public API and plays election day: turnout, minutes (a few wrong, then "
                    + "corrected), results, an additional election, certification, award suggestions.",
            "Tokens are signed with the local stack's key (./suite up makes it) for each organization."
        })
public final class DemoCommand implements Callable<Integer> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Voter lists change until 24 hours before voting opens at 07:00 (V-9); loading takes minutes. */
    private static final Duration LOADING_MARGIN = Duration.ofHours(2);

    enum Scale {
        BAC_KAN,
        NATIONAL
    }

    @Option(names = "--gateway", defaultValue = "http://127.0.0.1:8080", description = "Default: ${DEFAULT-VALUE}")
    URI gateway;

    @Option(
            names = "--signing-key",
            defaultValue = ".suite/keys/private.pem",
            description = "The local stack's private key. Default: ${DEFAULT-VALUE}")
    Path signingKey;

    @Option(names = "--issuer", defaultValue = "https://election.local/dev", description = "Default: ${DEFAULT-VALUE}")
    String issuer;

    @Option(
            names = "--seed",
            defaultValue = "2021",
            description = "Same seed, same election. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--scale",
            defaultValue = "BAC_KAN",
            converter = ScaleConverter.class,
            description = "bac-kan (763 polling areas, 231,861 voters) or national. Default: bac-kan")
    Scale scale;

    @Option(
            names = "--provinces",
            defaultValue = "34",
            description = "National scale: provinces. Default: ${DEFAULT-VALUE}")
    int provinces;

    @Option(
            names = "--areas",
            defaultValue = "85000",
            description = "National scale: polling areas. Default: ${DEFAULT-VALUE}")
    int areas;

    @Option(
            names = "--voters-per-area",
            defaultValue = "900",
            description = "National scale: voters per polling area (±10 %%). Default: ${DEFAULT-VALUE}")
    int votersPerArea;

    @Option(
            names = "--election-day",
            description = "A Sunday (ED-1). Default: the next one whose voter lists are "
                    + "still open (V-9 closes them 24 h before 07:00)")
    LocalDate electionDay;

    @Option(
            names = "--play",
            negatable = true,
            description = "Play election day after loading. Default: yes for " + "bac-kan, no for national")
    Boolean play;

    @Option(
            names = "--pace",
            defaultValue = "0",
            description = "Seconds to pause between checkpoints and between "
                    + "waves of minutes, to watch the results page. Default: ${DEFAULT-VALUE}")
    double pace;

    @Option(names = "--threads", defaultValue = "6", description = "Requests in flight. Default: ${DEFAULT-VALUE}")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        LocalDate day = electionDay != null ? electionDay : nextOpenSunday(ZonedDateTime.now(clock.withZone(VIETNAM)));
        ElectionPlan plan = scale == Scale.BAC_KAN
                ? BacKan2021.generate(seed, day)
                : NationalSynthetic.generate(seed, day, provinces, areas, votersPerArea);
        out.printf(
                "%s%n  %d polling areas, %d voters, %d electoral units, %d candidates (seed %d)%n",
                plan.name(),
                plan.areas().size(),
                plan.voters(),
                plan.units().size(),
                plan.units().stream().mapToInt(u -> u.candidates().size()).sum(),
                seed);
        var gw = new Gateway(gateway);
        var tokens = new Tokens(Tokens.readKey(signingKey), issuer, clock);
        try (var parallel = new Parallel(threads)) {
            out.println("Loading through " + gateway + " ...");
            LoadedElection loaded = new Loader(gw, tokens, parallel, out).load(plan);
            var report = new Report(gw, tokens, out);
            report.womenOnTheLists(loaded);
            if (play != null ? play : scale == Scale.BAC_KAN) {
                out.println("Election day " + day + " (played now; the services check that lists were loaded before "
                        + "the freeze, V-9, and minutes arrive by the deadline, R-2) ...");
                new Player(gw, tokens, parallel, out, Duration.ofMillis((long) (pace * 1000))).play(loaded);
                report.suggestions(loaded);
            }
            report.whatToOpen(loaded);
        }
        return 0;
    }

    /** The first Sunday (ED-1) whose voter lists still take changes for a while (V-9). */
    public static LocalDate nextOpenSunday(ZonedDateTime now) {
        LocalDate sunday = now.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!sunday.minusDays(1)
                .atTime(LocalTime.of(7, 0))
                .atZone(now.getZone())
                .isAfter(now.plus(LOADING_MARGIN))) {
            sunday = sunday.plusWeeks(1);
        }
        return sunday;
    }

    /** bac-kan | national. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            return Scale.valueOf(value.trim().toUpperCase().replace('-', '_'));
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args));
    }
}
