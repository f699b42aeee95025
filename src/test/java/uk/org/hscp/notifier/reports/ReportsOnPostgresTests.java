package uk.org.hscp.notifier.reports;

import uk.org.hscp.notifier.support.PostgresServiceTest;

/** The report's figures against what was built, on PostgreSQL (the production database). */
@PostgresServiceTest
class ReportsOnPostgresTests extends ReportFigures {
}
