package vn.election.events;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Stores a {@link Ruleset} as its year ({@code '2021'}, {@code '2026'}), as the API writes it. */
@Converter(autoApply = true)
public class RulesetConverter implements AttributeConverter<Ruleset, String> {

    @Override
    public String convertToDatabaseColumn(Ruleset ruleset) {
        return ruleset == null ? null : ruleset.code();
    }

    @Override
    public Ruleset convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Arrays.stream(Ruleset.values())
                        .filter(r -> r.code().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("unknown ruleset in the database: " + code));
    }
}
