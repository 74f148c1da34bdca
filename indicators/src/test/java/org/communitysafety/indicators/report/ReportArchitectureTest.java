package org.communitysafety.indicators.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The report renders: its figures come from {@code Indicators} (results, series, rankings,
 * funnel curves), never from an aggregation or a statistic of its own. Checked with ArchUnit on
 * the main classes of {@code indicators.report} and its subpackages (the charts), and shown to
 * fail on a class that breaks it, so that a renamed package cannot make it pass silently.
 */
final class ReportArchitectureTest {

    private static final JavaClasses REPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.communitysafety.indicators.report");

    static final ArchRule REPORT_ONLY_RENDERS = noClasses()
            .that().resideInAPackage("..indicators.report..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.aggregate..", "..indicators.stats..")
            .because("a report renders Results and series; it does no aggregation and no statistics of its own");

    @Test
    void report_dependingOnAggregationOrStatistics_isForbidden() {
        REPORT_ONLY_RENDERS.check(REPORT);
    }

    @Test
    void report_dependingOnAggregationOrStatistics_failsOnAClassThatDoes() {
        var details = REPORT_ONLY_RENDERS.evaluate(violators()).getFailureReport().getDetails();
        assertThat(details)
                .anyMatch(d -> d.contains("org.communitysafety.core.aggregate.ColumnarDataset"))
                .anyMatch(d -> d.contains("org.communitysafety.indicators.stats.Funnel"));
    }

    @Test
    void theImport_holdsTheReportAndItsChartsButNoTests() {
        assertThat(REPORT.contain(Report.class)).isTrue();
        assertThat(REPORT.containPackage("org.communitysafety.indicators.report.chart")).isTrue();
        assertThat(REPORT.contain(ReportArchitectureTest.class)).isFalse();
    }

    private static JavaClasses violators() {
        return new ClassFileImporter().importClasses(Violator.class);
    }

    /** In the report package, aggregating and computing limits itself, as ReportMaker once did. */
    @SuppressWarnings("unused")
    static final class Violator {
        int units(org.communitysafety.core.aggregate.ColumnarDataset data) {
            return data.tree().size();
        }

        double limit() {
            return org.communitysafety.indicators.stats.Funnel.rateLimits(0.002, 10_000, 0.998).upper();
        }
    }
}
