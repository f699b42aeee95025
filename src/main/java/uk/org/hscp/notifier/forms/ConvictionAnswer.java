package uk.org.hscp.notifier.forms;

/** "Has there been a conviction?". */
public enum ConvictionAnswer implements PrintedLabel {
    YES("Yes"),
    NO("No"),
    DONT_KNOW("Don't know");

    private final String label;

    ConvictionAnswer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
