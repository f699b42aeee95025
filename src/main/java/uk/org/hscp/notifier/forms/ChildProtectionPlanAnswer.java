package uk.org.hscp.notifier.forms;

/** "Is the child subject to a child protection plan?" and "Are any siblings on a child protection plan?". */
public enum ChildProtectionPlanAnswer implements PrintedLabel {
    YES("Yes"),
    NO("No"),
    PREVIOUSLY("Previously"),
    DONT_KNOW("Don't know");

    private final String label;

    ChildProtectionPlanAnswer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
