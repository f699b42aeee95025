package uk.org.hscp.notifier.forms;

/** Rapid review form, sections 9 "Present for discussion" and 10 "Submission of reports". */
public enum RapidReviewAgency implements PrintedLabel {
    CHILDRENS_SERVICES("Children's Services"),
    POLICE("Police"),
    CCG("CCG- Designated Nurse/Doctor"),
    YOT("YOT"),
    EDUCATION("Education"),
    HAMPSHIRE_HOSPITALS("Hampshire Hospitals"),
    PORTSMOUTH_HOSPITAL("Portsmouth Hospital"),
    FRIMLEY_PARK_HOSPITAL("Frimley Park Hospital"),
    SOUTHERN_HEALTH("Southern Health"),
    SOUTHAMPTON_HOSPITAL("Southampton Hospital"),
    CAMHS("CAMHS"),
    DISTRICT_COUNCIL("District Council"),
    CRC("CRC"),
    NPS("NPS"),
    CAFCASS("CAFCASS"),
    SCAS("SCAS"),
    /** A line for another agency, written in: no code of the form's list. */
    OTHER("Other") {
        @Override
        public boolean isCode() {
            return false;
        }
    };

    private final String label;

    RapidReviewAgency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
