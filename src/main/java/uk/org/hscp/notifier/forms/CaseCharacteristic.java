package uk.org.hscp.notifier.forms;

/** Referral form, section 6 "Characteristics of Case". */
public enum CaseCharacteristic implements PrintedLabel {
    DOMESTIC_ABUSE("Domestic abuse"),
    ALCOHOL_ABUSE("Alcohol abuse"),
    SUBSTANCE_ABUSE("Substance abuse"),
    PARENTAL_MENTAL_HEALTH("Parental mental health"),
    FABRICATED_OR_INDUCED_ILLNESS("Fabricated or induced illness"),
    ABUSIVE_HEAD_TRAUMA("Abusive head trauma"),
    SEXUAL_ABUSE("Sexual abuse"),
    CHILD_IN_CARE("Child in care"),
    MORE_THAN_ONE_CHILD_ABUSED("More than one child abused"),
    CHILD_OF_TEENAGE_PREGNANCY("Child of teenage pregnancy"),
    PARENT_IS_CARE_LEAVER("Parent is care leaver"),
    HOMELESSNESS_HOUSING("Homelessness/ housing issues"),
    EMOTIONAL_ABUSE("Emotional abuse"),
    RECENT_NEGLECT("Recent neglect"),
    LONG_STANDING_NEGLECT("Long standing neglect"),
    PHYSICAL_ABUSE("Physical abuse"),
    NON_ACCIDENTAL_INJURY("Non-Accidental Injury"),
    OVERLAYING("Overlaying"),
    COMPLEX_FAMILY("Complex family"),
    HIDDEN_ADULTS("Hidden adults"),
    EXPLOITATION("Exploitation (including CSE, criminal, county lines, modern slavery)"),
    DISABILITY_PARENT_CARER("Disability- parent/ carer"),
    SERIOUS_ILLNESS_PARENT_CARER("Serious illness/ chronic condition- parent/ carer"),
    LEARNING_DIFFICULTIES_PARENT_CARER("Learning difficulties- parent/carers"),
    DISABILITY_CHILD("Disability- Child"),
    SERIOUS_ILLNESS_CHILD("Serious illness/ chronic condition- Child"),
    LEARNING_DIFFICULTIES_CHILD("Learning difficulties- Child"),
    CHILD_MENTAL_HEALTH("Child mental health including self-harm and suicide"),
    DISGUISED_COMPLIANCE("Disguised compliance"),
    NON_ENGAGEMENT("Non-engagement"),
    CROSS_BORDER("Cross border issues"),
    RADICALISATION("Radicalisation"),
    OTHER("Other- Please specify");

    private final String label;

    CaseCharacteristic(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
