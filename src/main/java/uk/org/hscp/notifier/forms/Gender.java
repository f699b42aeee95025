package uk.org.hscp.notifier.forms;

/** The child's gender as the referral form records it ("Male / Female"). */
public enum Gender {
    MALE,
    FEMALE
}
