package vn.election.awards.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.election.awards.AwardsConfig;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;

/**
 * The catalogue of forms of award and of the authorities that confer them, read from
 * {@code catalogue/forms.json} (K-2, K-3, K-4, K-11): which forms exist under a ruleset, who may confer
 * each, to whom, and for how much.
 */
@ApplicationScoped
public class Catalogue {

    static final String RESOURCE = "/catalogue/forms.json";

    private final AwardsConfig config;
    private final BigDecimal collectiveFactor;
    private final Map<String, Authority> authorities;
    private final Map<String, AwardForm> forms;

    public Catalogue(ObjectMapper json, AwardsConfig config) {
        this.config = config;
        File file = read(json);
        this.collectiveFactor = file.collectiveFactor();
        this.authorities = file.authorities().stream().collect(Collectors.toMap(Authority::code, Function.identity()));
        this.forms = file.forms().stream()
                .collect(Collectors.toMap(AwardForm::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The forms that some authority of {@code ruleset} may confer, with only those authorities. */
    public List<FormView> forms(Ruleset ruleset) {
        return forms.values().stream()
                .map(form -> view(ruleset, form))
                .filter(view -> !view.conferredBy().isEmpty())
                .toList();
    }

    public FormView form(Ruleset ruleset, String code) {
        return Optional.ofNullable(forms.get(code))
                .map(form -> view(ruleset, form))
                .filter(view -> !view.conferredBy().isEmpty())
                .orElseThrow(() -> ProblemException.ruleViolation(
                        "form", Rule.K_2, code + " is not a form of award under the " + ruleset.code() + " ruleset"));
    }

    /** The authority if it exists under {@code ruleset} (K-3: no district chairman under 2026). */
    public Optional<Authority> authority(Ruleset ruleset, String code) {
        return Optional.ofNullable(authorities.get(code))
                .filter(a -> a.rulesets().contains(ruleset.code()));
    }

    /** The kind of issuer {@code code} is, under any ruleset (see {@link Authority#scope}); empty if unknown. */
    public Optional<IssuerScope> scope(String code) {
        return Optional.ofNullable(authorities.get(code)).map(Authority::scope);
    }

    public BigDecimal baseSalaryVnd() {
        return config.baseSalaryVnd();
    }

    public BigDecimal collectiveFactor() {
        return collectiveFactor;
    }

    private FormView view(Ruleset ruleset, AwardForm form) {
        List<Authority> conferredBy = form.authorities().stream()
                .map(code -> authority(ruleset, code))
                .flatMap(Optional::stream)
                .toList();
        BigDecimal individual = form.individualMultiple();
        BigDecimal collective = individual == null ? null : individual.multiply(collectiveFactor);
        return new FormView(
                form.code(),
                form.name(),
                form.issuerType(),
                form.recipients(),
                individual,
                collective,
                prize(individual),
                prize(collective),
                conferredBy);
    }

    private BigDecimal prize(BigDecimal multiple) {
        return multiple == null
                ? null
                : multiple.multiply(config.baseSalaryVnd()).setScale(0, RoundingMode.HALF_UP);
    }

    private static File read(ObjectMapper json) {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue " + RESOURCE + " cannot be read", e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(BigDecimal collectiveFactor, List<Authority> authorities, List<AwardForm> forms) {}
}
