package uk.org.hscp.notifier.forms;

/** Ready-made fixture documents for tests in other packages. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    /** A referral .docx with everything the rules need except the child's first and last names. */
    public static byte[] referralMissingNames() {
        return ReferralFixture.valid().text("Child's First Name", "").text("Child's Last Name", "").toDocx();
    }

    /**
     * A referral .docx whose child, family and referrer carry the personal-data canary's distinctive fake values
     * (see PersonalDataCanaryTests). With a valid NHS number it is accepted; with 9990001234 (a wrong check digit)
     * it is quarantined with a query to the sender.
     */
    public static byte[] canaryReferral(String nhsNumber) {
        return ReferralFixture.valid()
                .text("Child's First Name", "Zephyrine")
                .text("Child's Last Name", "Quillfeather-Canary")
                .text("D.O.B", "29/02/2016")
                .text("NHS Number", nhsNumber)
                .text("Address", "17 Lanternfish Row, Canarybury, SO99 9ZZ")
                .text("Education Setting", "Marrowbone Canary Academy")
                .text("Name of referrer", "Ottoline Pennywhistle")
                .toDocx();
    }
}
