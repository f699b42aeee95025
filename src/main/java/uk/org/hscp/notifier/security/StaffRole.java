package uk.org.hscp.notifier.security;

public enum StaffRole {
    /** Runs the service: everything. */
    HSCP_TEAM,
    /** Read-only, and only the cases their agency was asked about. */
    LIG_MEMBER,
    /** Read-only delivery log and audit trail. */
    AUDITOR
}
