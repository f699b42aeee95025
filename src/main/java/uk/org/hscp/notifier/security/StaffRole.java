package uk.org.hscp.notifier.security;

public enum StaffRole {
    /** Runs the service: everything. */
    HSCP_TEAM,
    /** Read-only, the cases their agency needs to know about (cases/NeedToKnow); never another agency's forms. */
    LIG_MEMBER,
    /** Read-only delivery log and audit trail; never a child's identifying details. */
    AUDITOR
}
