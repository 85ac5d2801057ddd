package vn.election.registry.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.election.events.access.Jurisdiction;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.common.ImportReport;
import vn.election.registry.place.Jurisdictions;

/**
 * Defines administrative units, one by one or from a CSV file. Each new unit and its
 * {@code AdministrativeUnitDefined} event commit together (outbox).
 */
@ApplicationScoped
@Transactional
public class AdministrativeUnitService {

    /** The columns of the CSV import, in the header's words. */
    static final String[] CSV_COLUMNS = {"code", "name", "level", "parent_code"};
    /** The JSON field that each CSV column fills, for error messages. */
    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("code", "code", "name", "name", "level", "level", "parentCode", "parent_code");

    private static final List<AdministrativeLevel> LEVELS = List.of(AdministrativeLevel.values());

    private final AdministrativeUnitRepository units;
    private final Outbox outbox;
    private final Clock clock;
    private final Validator validator;
    private final Jurisdictions jurisdictions;
    private final Caller caller;

    public AdministrativeUnitService(
            AdministrativeUnitRepository units,
            Outbox outbox,
            Clock clock,
            Validator validator,
            Jurisdictions jurisdictions,
            Caller caller) {
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
        this.validator = validator;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
    }

    public AdministrativeUnitView define(NewAdministrativeUnit request) {
        requireNation();
        NewAdministrativeUnit unit = normalized(request);
        AdministrativeUnit existing = units.findById(unit.code());
        if (existing != null) {
            throw ProblemException.conflict("administrative unit " + unit.code() + " already exists");
        }
        List<Problem.FieldError> errors = check(unit);
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        return AdministrativeUnitView.of(create(unit));
    }

    /**
     * Imports a CSV file with the header {@code code,name,level,parent_code}. A parent comes before its
     * children in the file or exists already. A row equal to an existing unit is left as it is; a row
     * that contradicts one is rejected. All or nothing: any rejected row refuses the whole file.
     */
    public ImportReport importCsv(InputStream csv) {
        requireNation();
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        long received = 0;
        long created = 0;
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                var parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .get()
                        .parse(reader)) {
            checkHeader(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                received++;
                long line = record.getRecordNumber() + 1;
                String level = value(record, "level");
                if (level != null && LEVELS.stream().noneMatch(l -> l.name().equals(level))) {
                    rejected.add(new ImportReport.RejectedRow(
                            line, "level", "InvalidType", "'" + level + "' is not one of " + LEVELS));
                    continue;
                }
                NewAdministrativeUnit unit = normalized(new NewAdministrativeUnit(
                        value(record, "code"),
                        value(record, "name"),
                        level == null ? null : AdministrativeLevel.valueOf(level),
                        value(record, "parent_code")));
                List<Problem.FieldError> errors = validation(unit);
                if (errors.isEmpty()) {
                    AdministrativeUnit existing = units.findById(unit.code());
                    if (existing != null) {
                        errors = sameAs(existing, unit);
                    } else {
                        errors = check(unit);
                        if (errors.isEmpty()) {
                            create(unit);
                            created++;
                        }
                    }
                }
                errors.forEach(e -> rejected.add(new ImportReport.RejectedRow(
                        line, COLUMN_OF_FIELD.getOrDefault(e.field(), e.field()), e.code(), e.message())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote ...) this way
            throw new ProblemException(
                    ProblemType.BAD_REQUEST,
                    "the CSV cannot be read: " + e.getMessage(),
                    List.of(new Problem.FieldError("body", "CsvFormat", "not a readable CSV file")));
        }
        var report = new ImportReport(
                received,
                created,
                rejected.stream().map(ImportReport.RejectedRow::line).distinct().count(),
                rejected);
        if (!rejected.isEmpty()) {
            throw report.refusal();
        }
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeUnitView get(String code) {
        return AdministrativeUnitView.of(require(code));
    }

    /** The unit, for the other parts of the registry; 404 if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeUnit require(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("administrative unit", code));
    }

    /** The unit, if there is one: for a code given inside a request, where an unknown one is a 422. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AdministrativeUnit> find(String code) {
        return units.findByIdOptional(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdministrativeUnitView> page(String parentCode, String afterCode, int limit) {
        return units.page(parentCode, afterCode, limit).stream()
                .map(AdministrativeUnitView::of)
                .toList();
    }

    /**
     * The administrative units are the State's, shared by every election: only the National Election
     * Council's nation-wide tokens enter them.
     */
    private void requireNation() {
        jurisdictions.requireWithin(Jurisdiction.NATION);
    }

    private AdministrativeUnit create(NewAdministrativeUnit request) {
        AdministrativeUnit parent = request.parentCode() == null ? null : units.findById(request.parentCode());
        var unit = new AdministrativeUnit(
                request.code(), request.name(), request.level(), parent, OffsetDateTime.now(clock), caller.actor());
        units.persist(unit);
        outbox.record(new AdministrativeUnitDefined(unit.code, unit.name, unit.level, unit.parentCode));
        return unit;
    }

    /**
     * A code's length follows its level (2/3/5 digits, as the official codes); a province has no parent,
     * a district lies in a province, a commune in a district (2021) or directly in a province (from 2025).
     */
    private List<Problem.FieldError> check(NewAdministrativeUnit unit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int digits = switch (unit.level()) {
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            case COMMUNE -> 5;
        };
        if (unit.code().length() != digits) {
            errors.add(new Problem.FieldError(
                    "code", "CodeFormat", "a " + unit.level() + " code has " + digits + " digits"));
        }
        if (unit.level() == AdministrativeLevel.PROVINCE) {
            if (unit.parentCode() != null) {
                errors.add(new Problem.FieldError("parentCode", "ParentLevel", "a province lies in no other unit"));
            }
            return errors;
        }
        if (unit.parentCode() == null) {
            errors.add(new Problem.FieldError("parentCode", "NotNull", "a " + unit.level() + " lies in a parent unit"));
            return errors;
        }
        AdministrativeUnit parent = units.findById(unit.parentCode());
        if (parent == null) {
            errors.add(new Problem.FieldError(
                    "parentCode", "NotFound", "administrative unit " + unit.parentCode() + " does not exist"));
        } else if (parent.level == AdministrativeLevel.COMMUNE
                || unit.level() == AdministrativeLevel.DISTRICT && parent.level != AdministrativeLevel.PROVINCE) {
            errors.add(new Problem.FieldError(
                    "parentCode", "ParentLevel", "a " + unit.level() + " cannot lie in a " + parent.level));
        }
        return errors;
    }

    private static List<Problem.FieldError> sameAs(AdministrativeUnit existing, NewAdministrativeUnit row) {
        if (existing.name.equals(row.name())
                && existing.level == row.level()
                && Objects.equals(existing.parentCode, row.parentCode())) {
            return List.of();
        }
        return List.of(new Problem.FieldError(
                "code",
                "Conflict",
                "administrative unit " + row.code() + " exists with other data (" + existing.name + ", "
                        + existing.level + ", parent " + existing.parentCode + ")"));
    }

    private List<Problem.FieldError> validation(NewAdministrativeUnit unit) {
        return validator.validate(unit).stream()
                .map(v -> new Problem.FieldError(
                        v.getPropertyPath().toString(),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    private static NewAdministrativeUnit normalized(NewAdministrativeUnit request) {
        return new NewAdministrativeUnit(
                Texts.nfc(request.code()),
                Texts.nfc(request.name()),
                request.level(),
                blankToNull(Texts.nfc(request.parentCode())));
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = java.util.Arrays.stream(CSV_COLUMNS)
                .filter(c -> !header.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(
                    "header",
                    "CsvHeader",
                    "the header lacks " + String.join(", ", missing) + "; expected " + String.join(",", CSV_COLUMNS));
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? blankToNull(record.get(column)) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
