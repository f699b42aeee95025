package uk.org.hscp.notifier.forms;

/** "Is there a criminal investigation taking place?". */
public enum CriminalInvestigationAnswer implements PrintedLabel {
    YES("Yes"),
    NO("No"),
    POSSIBLE("Possible");

    private final String label;

    CriminalInvestigationAnswer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
