package vn.election.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The shape of the suite, checked on the main classes of every module (their tests are not imported):
 *
 * <ol>
 *   <li><b>No package cycles inside a module.</b> Each module's top packages ({@code vn.election.<module>.<package>},
 *       with what lies below each; the module's root package counts as one more) depend on one another without a
 *       cycle, so each can be read, and changed, from the bottom up.
 *   <li><b>Services stay apart.</b> {@code registry}, {@code tally}, {@code awards} and the {@code gateway} use the
 *       classes of the {@code events} module, of the kit and their own, nothing of another service (nor of the test
 *       support): they talk over Kafka and HTTP only.
 *   <li><b>No domain code in the kit.</b> The kit ({@code vn.election.kit..}, both its parts) depends on no service.
 *       Of the {@code events} module it may use only what every service shares without an election meaning: the
 *       rule ids ({@code Rule}, for the problem+json {@code code}), the event contract ({@code DomainEvent}, the
 *       marker every event implements, and the {@code CloudEventHeaders} names), and who a caller is
 *       ({@code vn.election.events.access}: roles, jurisdiction claims, the place hierarchy a service answers).
 *       Event payloads, bodies, rulesets and topics are the services' business, never the kit's.
 * </ol>
 */
@AnalyzeClasses(packages = "vn.election", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SUITE = "vn.election";
    private static final String EVENTS = "vn.election.events..";
    private static final String KIT = "vn.election.kit..";

    /** What the kit may use of the suite beside itself: the rule above, as a predicate. */
    private static final DescribedPredicate<JavaClass> SHARED_WITHOUT_DOMAIN = or(
                    resideInAPackage(KIT),
                    resideInAPackage("vn.election.events.access.."),
                    name("vn.election.events.Rule"),
                    name("vn.election.events.DomainEvent"),
                    name("vn.election.events.CloudEventHeaders"))
            .as("the kit, Rule, DomainEvent, CloudEventHeaders or vn.election.events.access");

    @ArchTest
    static final ArchRule noPackageCyclesInsideAModule =
            slices().assignedFrom(new ModulePackages()).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule registryUsesOnlyTheEventsTheKitAndItself = usesOnlyTheEventsTheKitAndItself("registry");

    @ArchTest
    static final ArchRule tallyUsesOnlyTheEventsTheKitAndItself = usesOnlyTheEventsTheKitAndItself("tally");

    @ArchTest
    static final ArchRule awardsUsesOnlyTheEventsTheKitAndItself = usesOnlyTheEventsTheKitAndItself("awards");

    @ArchTest
    static final ArchRule gatewayUsesOnlyTheEventsTheKitAndItself = usesOnlyTheEventsTheKitAndItself("gateway");

    @ArchTest
    static final ArchRule theKitHoldsNoDomainCode = noClasses()
            .that()
            .resideInAPackage(KIT)
            .should()
            .dependOnClassesThat(resideInAPackage(SUITE + "..").and(DescribedPredicate.not(SHARED_WITHOUT_DOMAIN)))
            .because("the kit is the technical part every service shares; the election's words live in the"
                    + " services, or in the events module as their contract");

    private static ArchRule usesOnlyTheEventsTheKitAndItself(String service) {
        String own = SUITE + "." + service + "..";
        return noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat(resideInAPackage(SUITE + "..").and(resideOutsideOfPackages(own, EVENTS, KIT)))
                .because("services talk over Kafka and HTTP, never through one another's classes");
    }

    /**
     * Slices {@code <module>.<package>} of {@code vn.election.<module>.<package>..}; a class right in a module's root
     * package ({@code vn.election.awards}) is the slice {@code <module>.(root)}.
     */
    static final class ModulePackages implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] segments = javaClass.getPackageName().split("\\.");
            if (segments.length < 3 || !javaClass.getPackageName().startsWith(SUITE + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(segments[2] + "." + (segments.length > 3 ? segments[3] : "(root)"));
        }

        @Override
        public String getDescription() {
            return "the top packages of each module (vn.election.<module>.<package>)";
        }
    }
}
