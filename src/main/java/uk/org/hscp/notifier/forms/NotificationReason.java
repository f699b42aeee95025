package uk.org.hscp.notifier.forms;

/** Referral form, section 5 "Reason for notification". */
public enum NotificationReason implements PrintedLabel {
    ABUSE_OR_NEGLECT_WORKING_TOGETHER("Abuse or neglect of a child is known or suspected, and the case gives cause for "
            + "concern as to the way in which the local authority, their Board partners or other relevant persons have "
            + "worked together to safeguard the child."),
    CHILD_DIED("A child has died (including suicide)"),
    CHILD_SERIOUSLY_HARMED("A child has been seriously harmed"),
    MULTI_AGENCY_CONCERN("There is a concern about the way multi agency partners have worked together to "
            + "safeguarding the child / children"),
    /** The line for another reason: its text is {@code otherReason}, it is no code of {@code reasons}. */
    OTHER("Other reason: (please specify)") {
        @Override
        public boolean isCode() {
            return false;
        }
    };

    private final String label;

    NotificationReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
