package vn.election.registry.voter;

import vn.election.events.Rule;
import vn.election.registry.common.ImportReport;

/** Why a row of a voter list file is rejected: the column at fault, the rule or constraint it breaks, and why. */
sealed interface RowRejection {

    /** The CSV column at fault. */
    String field();

    /** The id of the rule broken, or the constraint's name. */
    String code();

    String message();

    /** The rejection as the import's answer lists it, at the row's line. */
    default ImportReport.RejectedRow at(long line) {
        return new ImportReport.RejectedRow(line, field(), code(), message());
    }

    /** The row breaks a rule of the law: V-1, V-2, V-5. */
    record RuleBroken(String field, Rule rule, String message) implements RowRejection {
        @Override
        public String code() {
            return rule.id();
        }
    }

    /** A value is missing or malformed ({@code Pattern}, {@code NotBlank}, {@code Size}, {@code NotNull}, ...). */
    record Malformed(String field, String code, String message) implements RowRejection {}
}
