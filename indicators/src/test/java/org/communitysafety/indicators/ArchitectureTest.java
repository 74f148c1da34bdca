package org.communitysafety.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.communitysafety.indicators.cyclea.CycleA;
import org.communitysafety.indicators.cycleb.CycleB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The architecture of the indicators module, checked with ArchUnit on its main classes: the
 * optional libraries are used only by their interop packages, nothing else depends on those
 * packages, and the packages (the root package included) do not depend on each other in
 * cycles. The last tests keep Tablesaw optional and Jackson out of {@code pom.xml}'s compile
 * scope, and the BOM in step with the build.
 *
 * <p>Each rule is also run on classes that break it, so that a rule that matches nothing (a
 * renamed package, say) fails here instead of passing silently.
 */
final class ArchitectureTest {
    private static final String ROOT = "org.communitysafety.indicators";
    private static final JavaClasses INDICATORS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final ArchRule ONLY_TABLESAW_INTEROP_USES_TABLESAW = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".interop.tablesaw..")
            .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..")
            .because("Tablesaw (43 MB of jars) is an optional dependency used only by interop.tablesaw");

    static final ArchRule ONLY_JSON_INTEROP_USES_JACKSON = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".interop.json..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("results and reports are written as JSON without Jackson; only an interop.json package may use it");

    static final ArchRule NOTHING_DEPENDS_ON_INTEROP = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".interop..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".interop..")
            .because("the interop packages sit on top, so each can move to a module of its own");

    /** Slices: the root package, and each package below it with its subpackages. */
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                    String p = c.getPackageName();
                    if (p.equals(ROOT)) {
                        return SliceIdentifier.of("(root)");
                    }
                    if (!p.startsWith(ROOT + ".")) {
                        return SliceIdentifier.ignore();
                    }
                    String rest = p.substring(ROOT.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
                }

                @Override
                public String getDescription() {
                    return "the root package and the packages below " + ROOT;
                }
            })
            .should().beFreeOfCycles();

    /** The interop rules, each with the dependency of a violating class that it must report. */
    static Stream<Arguments> interopRules() {
        return Stream.of(
                Arguments.of("tablesaw used outside its interop package", ONLY_TABLESAW_INTEROP_USES_TABLESAW,
                        "tech.tablesaw.api.Table"),
                Arguments.of("jackson used outside its interop package", ONLY_JSON_INTEROP_USES_JACKSON,
                        "com.fasterxml.jackson.databind.ObjectMapper"),
                Arguments.of("interop used by the rest of the module", NOTHING_DEPENDS_ON_INTEROP, "ResultsTables"));
    }

    @ParameterizedTest(name = "{0} is forbidden")
    @MethodSource("interopRules")
    void interopRule_heldByTheModule_andBrokenByAViolator(String what, ArchRule rule, String violation) {
        rule.check(INDICATORS);
        assertThat(rule.evaluate(violators()).getFailureReport().getDetails()).anyMatch(d -> d.contains(violation));
    }

    @Test
    void packages_dependOnEachOther_withoutCycles() {
        PACKAGES_FREE_OF_CYCLES.check(INDICATORS);
        JavaClasses cycle = new ClassFileImporter().importClasses(CycleA.class, CycleB.class);
        assertThat(PACKAGES_FREE_OF_CYCLES.evaluate(cycle).hasViolation()).isTrue();
    }

    @Test
    void theImport_holdsTheInteropPackageButNoTests() {
        assertThat(INDICATORS.containPackage(ROOT + ".interop.tablesaw")).isTrue();
        assertThat(INDICATORS.containPackage(ROOT + ".report")).isTrue();
        assertThat(INDICATORS.contain(ArchitectureTest.class)).isFalse();
    }

    // ---- the pom ------------------------------------------------------------------------

    /**
     * What every user of csi-indicators gets: csi-core and Commons Math, nothing else. Tablesaw
     * (and what it needs) stays optional; Jackson is for tests only.
     */
    @Test
    void pom_onlyCoreAndCommonsMathAreRequired() throws Exception {
        Path pom = modulePom();
        Document doc = parse(pom);
        assertThat(xpath(doc, "/project/artifactId")).as("the pom read is indicators': %s", pom)
                .containsExactly("csi-indicators");
        String compileScope = "/project/dependencies/dependency[not(scope='test')]";
        assertThat(xpath(doc, compileScope + "[not(optional='true')]/artifactId"))
                .as("required dependencies in %s", pom).containsExactlyInAnyOrder("csi-core", "commons-math3");
        assertThat(xpath(doc, compileScope + "[optional='true']/artifactId")).contains("tablesaw-core")
                .noneMatch(a -> a.startsWith("jackson"));
    }

    /**
     * csi-bom has no parent (so that importing it manages nothing but CSI): its version must be
     * kept equal to the parent's by hand, and it must manage the library modules (core,
     * indicators, excel, pdf, spark) at that version.
     */
    @Test
    void bom_managesTheLibraryModules_atTheParentsVersion() throws Exception {
        Path root = modulePom().getParent().getParent();
        Document parent = parse(root.resolve("pom.xml"));
        Document bom = parse(root.resolve("bom/pom.xml"));
        assertThat(xpath(bom, "/project/artifactId")).containsExactly("csi-bom");
        assertThat(xpath(bom, "/project/packaging")).containsExactly("pom");
        assertThat(xpath(bom, "/project/parent")).as("csi-bom's parent").isEmpty();
        assertThat(xpath(bom, "/project/version")).isEqualTo(xpath(parent, "/project/version"));
        String managed = "/project/dependencyManagement/dependencies/dependency";
        assertThat(xpath(bom, managed + "/artifactId")).containsExactlyInAnyOrder("csi-core", "csi-indicators",
                "csi-excel", "csi-pdf", "csi-spark");
        assertThat(xpath(bom, managed + "/groupId")).containsOnly("org.communitysafety");
        assertThat(xpath(bom, managed + "/version")).containsOnly("${project.version}");
    }

    private static Path modulePom() throws Exception {
        Path testClasses = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pom = testClasses.getParent().getParent().resolve("pom.xml");
        assertThat(pom).as("indicators' pom.xml").exists();
        if (Files.exists(Path.of("pom.xml"))) {
            assertThat(Path.of("pom.xml").toRealPath()).isEqualTo(pom.toRealPath());
        }
        return pom;
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    /** The trimmed texts of the nodes {@code expression} selects (the pom read without namespaces). */
    private static List<String> xpath(Document doc, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, doc,
                XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    // ---- classes that break the rules -----------------------------------------------------

    private static JavaClasses violators() {
        return new ClassFileImporter().importClasses(Violator.class);
    }

    /** In the root package, using what only the interop packages may use, and an interop package itself. */
    @SuppressWarnings("unused")
    static final class Violator {
        Object table = tech.tablesaw.api.Table.create("t");
        Object json = new com.fasterxml.jackson.databind.ObjectMapper();
        Class<?> interop = org.communitysafety.indicators.interop.tablesaw.ResultsTables.class;
    }
}
