package uk.org.hscp.notifier.dispatch;

/** Who a notice goes to, as named in config/recipients.yml. */
public enum RecipientRole {
    /** The Child Safeguarding Practice Review Panel (procedure, footnote 8). */
    NATIONAL_PANEL,
    OFSTED,
    DFE,
    SECRETARY_OF_STATE,
    HSCP_TEAM,
    INDEPENDENT_CHAIR,
    BUSINESS_MANAGER,
    LIG_CHAIR,
    /** The three safeguarding partners. */
    SAFEGUARDING_PARTNERS,
    HSCP_MEMBERS,
    LOCAL_AUTHORITY,
    /** The reviewer commissioned for local reviews. */
    REVIEWER,
    /** Every LIG member agency; {@code LIG_MEMBER_AGENCIES:POLICE} names one agency. */
    LIG_MEMBER_AGENCIES,
    /** The sender of the e-mail the notice answers (else the case's referrer): not configured, looked up. */
    SENDER,
    /** The agency that referred the case: its referrer's address from the Referral Form, looked up. */
    REFERRING_AGENCY,
    /** The roles written on the reminder itself ({@code reminder.roles}). */
    REMINDER_ROLES;

    /** Roles whose addresses are listed under {@code hscp.recipients.roles}. */
    public boolean listedByAddress() {
        return this != LIG_MEMBER_AGENCIES && this != SENDER && this != REFERRING_AGENCY && this != REMINDER_ROLES;
    }
}
