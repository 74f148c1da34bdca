package org.communitysafety.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The architecture of the core module, checked with ArchUnit on its main classes: the optional
 * libraries stay in their interop packages, libraries that belong elsewhere stay out, the
 * domain does not know about reading, and packages do not depend on each other in cycles. A
 * last test keeps the optional dependencies optional in {@code pom.xml}.
 *
 * <p>The io slices have rules of their own: {@code core.io} reads other formats only through
 * {@code RowSourceProvider}s and never names {@code io.json} or {@code io.tablesaw};
 * {@code io.csv} is a leaf; the two optional integrations do not know each other.
 *
 * <p>Each rule is also run on a small class that breaks it, so that a rule that matches nothing
 * (a renamed package, say) fails here instead of passing silently; the violators of the io slice
 * rules live in the test sources of the package whose rule they break.
 */
final class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.communitysafety.core");

    static final ArchRule ONLY_TABLESAW_PACKAGE_USES_TABLESAW = noClasses()
            .that().resideOutsideOfPackage("org.communitysafety.core.io.tablesaw..")
            .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..")
            .because("Tablesaw is an optional dependency (43 MB of jars) used only by the Tablesaw interop");

    static final ArchRule ONLY_JSON_PACKAGE_USES_JACKSON = noClasses()
            .that().resideOutsideOfPackage("org.communitysafety.core.io.json..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("Jackson is an optional dependency used only for JSON Lines");

    static final ArchRule NO_COMMONS_MATH = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..")
            .because("statistics belong to the indicators module");

    static final ArchRule NO_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..")
            .because("the core reports problems as data, never through a logger");

    static final ArchRule DOMAIN_DOES_NOT_KNOW_IO = noClasses()
            .that().resideInAnyPackage("org.communitysafety.core.record..", "org.communitysafety.core.jurisdiction..",
                    "org.communitysafety.core.taxonomy..", "org.communitysafety.core.period..")
            .should().dependOnClassesThat().resideInAPackage("org.communitysafety.core.io..")
            .because("the domain is read and written by io, not the other way round");

    /** The top-level packages: io (with csv, json, tablesaw), jurisdiction, period, record, taxonomy. */
    static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_DATASET = noClasses()
            .that().resideInAnyPackage("org.communitysafety.core.record..", "org.communitysafety.core.jurisdiction..",
                    "org.communitysafety.core.taxonomy..", "org.communitysafety.core.period..",
                    "org.communitysafety.core.lang..")
            .should().dependOnClassesThat().resideInAPackage("org.communitysafety.core")
            .because("Dataset in the root package is built from the domain, not the other way round");

    static final ArchRule LANG_IS_A_LEAF = noClasses()
            .that().resideInAPackage("org.communitysafety.core.lang..")
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAPackage("org.communitysafety.core..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates
                                    .resideInAPackage("org.communitysafety.core.lang.."))))
            .because("every package uses Check and Suggest, so they must not use any of them");

    static final ArchRule TOP_LEVEL_PACKAGES_FREE_OF_CYCLES = slices()
            .matching("org.communitysafety.core.(*)..")
            .should().beFreeOfCycles();

    /** Every package on its own, io and each of its format packages included: no edge is excused. */
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices()
            .matching("org.communitysafety.core.(**)")
            .should().beFreeOfCycles();

    // ---- the io slices: io, io.csv, io.json, io.tablesaw -----------------------------------

    private static final String IO = "org.communitysafety.core.io";
    private static final String CSV = "org.communitysafety.core.io.csv..";
    private static final String JSON = "org.communitysafety.core.io.json..";
    private static final String TABLESAW = "org.communitysafety.core.io.tablesaw..";
    private static final String XLSX = "org.communitysafety.core.io.xlsx..";

    /**
     * The reader finds formats other than CSV as {@code RowSourceProvider}s (ServiceLoader), so
     * {@code core.io} compiles and runs without the JSON Lines and Tablesaw packages and their
     * optional libraries.
     */
    static final ArchRule IO_DOES_NOT_KNOW_THE_FORMAT_PACKAGES = noClasses()
            .that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, TABLESAW, XLSX)
            .because("io finds other formats through RowSourceProvider, never by name");

    /** CSV parsing and writing is plain text handling, used by io and by the indicators' CSV output. */
    static final ArchRule CSV_DOES_NOT_KNOW_DATASETS = noClasses()
            .that().resideInAPackage(CSV)
            .should().dependOnClassesThat().resideInAnyPackage(IO, JSON, TABLESAW)
            .because("io.csv is a leaf below io: it parses and writes text and knows nothing of datasets");

    static final ArchRule JSON_DOES_NOT_KNOW_TABLESAW = noClasses()
            .that().resideInAPackage(JSON)
            .should().dependOnClassesThat().resideInAPackage(TABLESAW)
            .because("each optional integration stands alone, so it can become a module of its own");

    static final ArchRule TABLESAW_DOES_NOT_KNOW_JSON = noClasses()
            .that().resideInAPackage(TABLESAW)
            .should().dependOnClassesThat().resideInAPackage(JSON)
            .because("each optional integration stands alone, so it can become a module of its own");

    /**
     * The workbook reader is the JDK's zip and StAX alone: Apache POI is on the test class path
     * (to write test workbooks), never a dependency of csi-core, and the reader stands apart from
     * the other formats.
     */
    static final ArchRule XLSX_STANDS_ALONE = noClasses()
            .that().resideInAPackage(XLSX)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, TABLESAW, "org.apache.poi..", "org.apache.xmlbeans..")
            .because("io.xlsx reads workbooks with the JDK alone and stands apart from the optional integrations");

    static final ArchRule NO_POI = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..")
            .because("Apache POI is for tests and for the examples' export writer; core reads .xlsx without it");

    @Test
    void xlsx_dependingOnOtherFormatsOrPoi_isForbidden() {
        XLSX_STANDS_ALONE.check(CORE);
        NO_POI.check(CORE);
        assertThat(XLSX_STANDS_ALONE.evaluate(slice("io.xlsx.XlsxSliceViolator")).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("JsonLinesRowSource")).anyMatch(d -> d.contains("XSSFWorkbook"));
        assertThat(NO_POI.evaluate(slice("io.xlsx.XlsxSliceViolator")).hasViolation()).isTrue();
    }

    @Test
    void tablesaw_usedOutsideItsPackage_isForbidden() {
        ONLY_TABLESAW_PACKAGE_USES_TABLESAW.check(CORE);
        assertThat(ONLY_TABLESAW_PACKAGE_USES_TABLESAW.evaluate(violators()).hasViolation()).isTrue();
    }

    @Test
    void jackson_usedOutsideItsPackage_isForbidden() {
        ONLY_JSON_PACKAGE_USES_JACKSON.check(CORE);
        assertThat(ONLY_JSON_PACKAGE_USES_JACKSON.evaluate(violators()).hasViolation()).isTrue();
    }

    @Test
    void commonsMath_usedInCore_isForbidden() {
        NO_COMMONS_MATH.check(CORE);
        assertThat(NO_COMMONS_MATH.evaluate(violators()).hasViolation()).isTrue();
    }

    @Test
    void logging_usedInCore_isForbidden() {
        NO_LOGGING.check(CORE);
        assertThat(NO_LOGGING.evaluate(violators()).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("org.slf4j.Logger"))
                .anyMatch(d -> d.contains("java.util.logging.Logger"));
    }

    @Test
    void domainPackages_dependingOnIo_isForbidden() {
        DOMAIN_DOES_NOT_KNOW_IO.check(CORE);
    }

    @Test
    void domainAndLang_dependingOnTheRootPackage_isForbidden() {
        DOMAIN_DOES_NOT_KNOW_THE_DATASET.check(CORE);
    }

    @Test
    void lang_dependingOnOtherCorePackages_isForbidden() {
        LANG_IS_A_LEAF.check(CORE);
    }

    @Test
    void topLevelPackages_dependOnEachOther_withoutCycles() {
        TOP_LEVEL_PACKAGES_FREE_OF_CYCLES.check(CORE);
    }

    @Test
    void packages_dependOnEachOther_withoutCycles() {
        PACKAGES_FREE_OF_CYCLES.check(CORE);
        // io naming a JSON Lines class while JSON Lines implements io's RowSource: a cycle
        JavaClasses both = new ClassFileImporter().importClasses(violator("org.communitysafety.core.io.IoSliceViolator"),
                org.communitysafety.core.io.json.JsonLinesRowSource.class, org.communitysafety.core.io.RowSource.class);
        assertThat(PACKAGES_FREE_OF_CYCLES.evaluate(both).hasViolation()).isTrue();
    }

    @Test
    void io_dependingOnTheFormatPackages_isForbidden() {
        IO_DOES_NOT_KNOW_THE_FORMAT_PACKAGES.check(CORE);
        assertThat(IO_DOES_NOT_KNOW_THE_FORMAT_PACKAGES.evaluate(slice("io.IoSliceViolator")).getFailureReport()
                .getDetails()).anyMatch(d -> d.contains("JsonLinesRowSource")).anyMatch(d -> d.contains("Tables"));
    }

    @Test
    void csv_dependingOnIoOrTheFormats_isForbidden() {
        CSV_DOES_NOT_KNOW_DATASETS.check(CORE);
        assertThat(CSV_DOES_NOT_KNOW_DATASETS.evaluate(slice("io.csv.CsvSliceViolator")).hasViolation()).isTrue();
    }

    @Test
    void json_dependingOnTablesaw_isForbidden() {
        JSON_DOES_NOT_KNOW_TABLESAW.check(CORE);
        assertThat(JSON_DOES_NOT_KNOW_TABLESAW.evaluate(slice("io.json.JsonSliceViolator")).hasViolation()).isTrue();
    }

    @Test
    void tablesaw_dependingOnJson_isForbidden() {
        TABLESAW_DOES_NOT_KNOW_JSON.check(CORE);
        assertThat(TABLESAW_DOES_NOT_KNOW_JSON.evaluate(slice("io.tablesaw.TablesawSliceViolator")).hasViolation())
                .isTrue();
    }

    /** A violator that lives in the package it breaks the rules of (test sources, package-private). */
    private static JavaClasses slice(String relativeName) {
        return new ClassFileImporter().importClasses(violator("org.communitysafety.core." + relativeName));
    }

    private static Class<?> violator(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the violator " + name + " is missing from the test sources", e);
        }
    }

    @Test
    void theImport_holdsTheInteropPackagesButNoTests() {
        assertThat(CORE.containPackage("org.communitysafety.core.io.json")).isTrue();
        assertThat(CORE.containPackage("org.communitysafety.core.io.tablesaw")).isTrue();
        assertThat(CORE.containPackage("org.communitysafety.core.io.xlsx")).isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).isFalse();
    }

    // ---- the pom ------------------------------------------------------------------------

    /**
     * Dropping {@code <optional>true</optional>} would push Jackson and 43 MB of Tablesaw onto
     * every user of the library; every dependency of core outside test scope must be optional.
     */
    @Test
    void pom_dependenciesOutsideTestScope_areAllOptional() throws Exception {
        Path pom = modulePom();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        assertThat(child(project, "artifactId")).as("the pom read is core's: %s", pom).isEqualTo("csi-core");
        Map<String, String> optional = new LinkedHashMap<>();
        Element dependencies = childElement(project, "dependencies");
        for (Node n = dependencies.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element d && d.getTagName().equals("dependency") && !"test".equals(child(d, "scope"))) {
                optional.put(child(d, "artifactId"), String.valueOf(child(d, "optional")));
            }
        }

        assertThat(optional).containsKeys("jackson-databind", "tablesaw-core");
        assertThat(optional).allSatisfy((artifact, flag) -> assertThat(flag)
                .as("<optional> of %s in %s", artifact, pom).isEqualTo("true"));
    }

    /**
     * core/pom.xml: two levels above the test classes ({@code core/target/test-classes}), which
     * under Surefire is also the working directory's {@code pom.xml}.
     */
    private static Path modulePom() throws Exception {
        Path testClasses = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pom = testClasses.getParent().getParent().resolve("pom.xml");
        assertThat(pom).as("core's pom.xml").exists();
        if (Files.exists(Path.of("pom.xml"))) {
            assertThat(Path.of("pom.xml").toRealPath()).isEqualTo(pom.toRealPath());
        }
        return pom;
    }

    private static Element childElement(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    /** The trimmed text of a direct child element, or null. */
    private static String child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    // ---- classes that break the rules -----------------------------------------------------

    private static JavaClasses violators() {
        return new ClassFileImporter().importClasses(Violator.class);
    }

    /** Outside the interop packages, using everything the rules forbid there. */
    @SuppressWarnings("unused")
    static final class Violator {
        Object table = tech.tablesaw.api.Table.create("t");
        Object json = new com.fasterxml.jackson.core.JsonFactory();
        Object stats = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        Object slf4j = org.slf4j.LoggerFactory.getLogger(Violator.class);
        Object jul = java.util.logging.Logger.getLogger("x");
    }
}
