package uk.org.hscp.notifier.reports;

import uk.org.hscp.notifier.support.ServiceTest;

/** The report's figures against what was built, on H2 (the embedded default). */
@ServiceTest
class ReportsTests extends ReportFigures {
}
