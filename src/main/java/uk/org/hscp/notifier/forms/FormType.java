package uk.org.hscp.notifier.forms;

/** The three forms of the CSPR procedure (appendices B, C and D). */
public enum FormType {
    /** Appendix B, the LIG Referral Form. */
    LIG_REFERRAL,
    /** Appendix C, the LIG Referral Response Form (an agency's summary of involvement). */
    LIG_REFERRAL_RESPONSE,
    /** Appendix D, the LIG Rapid Review Form. */
    RAPID_REVIEW
}
