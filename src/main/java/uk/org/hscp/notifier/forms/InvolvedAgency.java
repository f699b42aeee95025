package uk.org.hscp.notifier.forms;

/** Referral form, section 4 "Agencies known to be involved with the case". */
public enum InvolvedAgency implements PrintedLabel {
    CHILDRENS_SERVICES("Children's Services"),
    POLICE("Police"),
    HEALTH_SERVICES("Health Services"),
    EDUCATION("Education"),
    CAMHS("CAMHS"),
    OUT_OF_AREA_SERVICES("Out of area services"),
    NPS("NPS"),
    PROBATION_CRC("Probation CRC"),
    YOT("YOT"),
    HOUSING("Housing"),
    VOLUNTARY_SECTOR("Voluntary Sector");

    private final String label;

    InvolvedAgency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
