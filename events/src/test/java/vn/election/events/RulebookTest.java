package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the rulebook ({@code docs/rules.md}), the {@link Rule} enum and the repository together: every rule is
 * defined once in the rulebook, every id the code, the tests or the docs cite is defined there, main code names
 * rules by their type, and nothing points to a file that a clone of the repository lacks or to an issue number.
 * Each check lists every offending {@code file:line} at once.
 */
class RulebookTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path RULEBOOK = ROOT.resolve("docs/rules.md");

    private static final String FAMILIES = "ORG|EU|PA|ED|CK|V|C|B|M|W|R|K|D";
    /** An entry of the rulebook: a table row that starts with the id, e.g. {@code | CK-7 | ... |}. */
    private static final Pattern ENTRY = Pattern.compile("^\\|\\s*((?:" + FAMILIES + ")-\\d+)\\s*\\|(.*)$");
    /**
     * A cited rule id. Not one inside a longer word or number: {@code UTF-8}, {@code SHA-256}, {@code QĐ-TTg},
     * {@code 2026-03-15} and {@code -Xmx1g} are none, {@code CK-1..CK-9} and {@code W-2/W-3} are two.
     */
    private static final Pattern CITATION =
            Pattern.compile("(?<![\\p{L}\\p{N}_-])(?:" + FAMILIES + ")-\\d+(?![\\p{L}\\p{N}_])");

    private static final Pattern RULE_ID = Pattern.compile("(?:" + FAMILIES + ")-\\d+");
    /** An annotation's example value, which may show a rule id as the API returns it. */
    private static final Pattern EXAMPLE_ATTRIBUTE = Pattern.compile("\\bexample\\s*=\\s*$");

    /** Files the repository does not hold, and issue or task numbers of a tracker it does not hold either. */
    private static final Map<String, Pattern> OUTSIDE_REFERENCES = Map.of(
            "a design note outside the repository", Pattern.compile("(?i)\\b(?:domain|design)\\.md\\b"),
            "a folder outside the repository", Pattern.compile("(?i)(?<![\\w./-])(?:shared|recipes)/"),
            "an issue or task number", Pattern.compile("(?i)\\b(?:issue|task)s?\\s*#?\\d+"));

    /** A Flyway migration of a service or of the kit, by its {@link #relative} path. */
    private static final Pattern MIGRATION = Pattern.compile(".*/src/main/resources/db/.*\\.sql");

    private static final Set<String> SCANNED_EXTENSIONS = Set.of(
            "java",
            "js",
            "mjs",
            "html",
            "css",
            "sql",
            "properties",
            "yaml",
            "yml",
            "json",
            "xml",
            "md",
            "sh",
            "env",
            "txt");
    /** Build output, version control, the local stack's state, editors' files and benchmark logs. */
    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", ".git", "node_modules", ".suite", ".idea", ".vscode", "logs");

    /** (a) One list: each constant of {@link Rule} has exactly one entry, and each entry is a constant. */
    @Test
    void theRulebookDefinesEveryRuleOnceAndNothingElse() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> lines = lines(RULEBOOK);
        for (int i = 0; i < lines.size(); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (!entry.matches()) {
                continue;
            }
            String id = entry.group(1);
            String where = "docs/rules.md:" + (i + 1);
            if (entries.putIfAbsent(id, i + 1) != null) {
                wrong.add(where + ": " + id + " is defined again (first on line " + entries.get(id) + ")");
            }
            String[] cells = entry.group(2).split("\\|", -1);
            if (cells.length < 3
                    || cells[0].isBlank()
                    || cells[1].isBlank()
                    || !Set.of("law", "practice", "design").contains(cells[2].strip())) {
                wrong.add(where + ": " + id + " needs | what it requires | source | law, practice or design |");
            }
        }
        Set<String> constants =
                Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        constants.stream()
                .filter(id -> !entries.containsKey(id))
                .forEach(id -> wrong.add("Rule." + Rule.of(id).name() + " has no entry in docs/rules.md"));
        entries.keySet().stream()
                .filter(id -> !constants.contains(id))
                .forEach(id -> wrong.add("docs/rules.md:" + entries.get(id) + ": " + id
                        + " is no constant of vn.election.events.Rule (add " + id.replace('-', '_') + ")"));
        assertNone("the rulebook and the Rule enum differ", wrong);
    }

    /** (b) Every rule id cited anywhere in the repository is defined in the rulebook. */
    @Test
    void everyCitedRuleIdIsDefinedInTheRulebook() {
        Set<String> defined = lines(RULEBOOK).stream()
                .map(ENTRY::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        List<String> undefined = new ArrayList<>();
        for (Path file : scannedFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher cited = CITATION.matcher(lines.get(i));
                while (cited.find()) {
                    if (!defined.contains(cited.group())) {
                        undefined.add(at(file, i + 1) + ": " + cited.group());
                    }
                }
            }
        }
        assertNone("rule ids cited but not defined in docs/rules.md", undefined);
    }

    /**
     * (c) Main code names a rule by its type ({@code Rule.CK_4}), never by a string literal that is a bare id;
     * an annotation's {@code example = "V-1"} shows the API's output and may.
     */
    @Test
    void mainCodeNamesRulesByTheirType() {
        List<String> literals = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String path = relative(file);
            if (!path.endsWith(".java") || !path.contains("src/main/java/")) {
                continue;
            }
            for (JavaStrings.Literal literal : JavaStrings.of(read(file))) {
                if (RULE_ID.matcher(literal.value()).matches()
                        && !EXAMPLE_ATTRIBUTE.matcher(literal.codeBefore()).find()) {
                    literals.add(at(file, literal.line()) + ": \"" + literal.value() + "\"");
                }
            }
        }
        assertNone("string literals that are rule ids in main code (use vn.election.events.Rule)", literals);
    }

    /**
     * (d) No file points to a file a clone lacks, or to an issue number: cite docs/rules.md or docs/architecture.md.
     * Flyway migrations are left out: an applied migration is never edited, as Flyway refuses to start on a
     * database whose migration's checksum changed, and its comments count in that checksum.
     */
    @Test
    void nothingPointsOutsideTheRepository() {
        List<String> references = new ArrayList<>();
        Path self = ROOT.resolve("events/src/test/java/vn/election/events/RulebookTest.java");
        for (Path file : scannedFiles()) {
            if (file.equals(self) || MIGRATION.matcher(relative(file)).matches()) {
                continue; // this test names the patterns it looks for; a migration stays as it was applied
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (Map.Entry<String, Pattern> kind : OUTSIDE_REFERENCES.entrySet()) {
                    Matcher found = kind.getValue().matcher(lines.get(i));
                    if (found.find()) {
                        references.add(at(file, i + 1) + ": " + kind.getKey() + " (" + found.group() + ")");
                    }
                }
            }
        }
        assertNone("references to files outside the repository or to issue numbers", references);
    }

    private static void assertNone(String what, List<String> found) {
        if (!found.isEmpty()) {
            String list = String.join("\n", found);
            System.out.println(what + ", " + found.size() + ":\n" + list);
            assertTrue(found.isEmpty(), found.size() + " " + what + ":\n" + list);
        }
    }

    /** The repository's source, build and documentation files, in a stable order. */
    private static List<Path> scannedFiles() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) && !dir.equals(ROOT)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isSource(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** A file with a scanned extension, or a script without one ({@code suite}, {@code .ci/run}). */
    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            return SCANNED_EXTENSIONS.contains(name.substring(dot + 1));
        }
        try {
            return Files.isExecutable(file) && read(file).startsWith("#!");
        } catch (UncheckedIOException e) {
            return false; // not text
        }
    }

    private static String at(Path file, int line) {
        return relative(file) + ":" + line;
    }

    /** The file's path in the repository, with {@code /} between names. */
    private static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The checkout: the first directory above the module's that holds {@code docs/} and {@code mvnw}. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no checkout with docs/ and mvnw above " + Path.of("").toAbsolutePath());
    }
}
