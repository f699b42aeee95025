package uk.org.hscp.notifier.dispatch;

/** Who a notice goes to, as named in config/recipients.yml. */
public enum RecipientRole {
    /** The Child Safeguarding Practice Review Panel (procedure, footnote 8). */
    NATIONAL_PANEL("National Panel"),
    OFSTED("Ofsted"),
    DFE("DfE"),
    SECRETARY_OF_STATE("Secretary of State"),
    HSCP_TEAM("HSCP team"),
    INDEPENDENT_CHAIR("Independent Chair"),
    BUSINESS_MANAGER("Business Manager"),
    LIG_CHAIR("LIG chair"),
    /** The three safeguarding partners. */
    SAFEGUARDING_PARTNERS("Safeguarding partners"),
    HSCP_MEMBERS("HSCP members"),
    LOCAL_AUTHORITY("Local authority"),
    /** The reviewer commissioned for local reviews. */
    REVIEWER("Reviewer"),
    /** Every LIG member agency; {@code LIG_MEMBER_AGENCIES:POLICE} names one agency. */
    LIG_MEMBER_AGENCIES("LIG member agency"),
    /** The sender of the e-mail the notice answers (else the case's referrer): not configured, looked up. */
    SENDER("Sender"),
    /** The agency that referred the case: its referrer's address from the Referral Form, looked up. */
    REFERRING_AGENCY("Referring agency"),
    /** The roles written on the reminder itself ({@code reminder.roles}). */
    REMINDER_ROLES("Roles named on the reminder");

    private final String inWords;

    RecipientRole(String inWords) {
        this.inWords = inWords;
    }

    /** What staff read in the delivery log. */
    public String inWords() {
        return inWords;
    }

    /** Roles whose addresses are listed under {@code hscp.recipients.roles}. */
    public boolean listedByAddress() {
        return this != LIG_MEMBER_AGENCIES && this != SENDER && this != REFERRING_AGENCY && this != REMINDER_ROLES;
    }
}
