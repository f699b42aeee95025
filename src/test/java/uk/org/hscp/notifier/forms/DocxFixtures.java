package uk.org.hscp.notifier.forms;

/** Ready-made fixture documents for tests in other packages. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    /** A referral .docx with everything the rules need except the child's first and last names. */
    public static byte[] referralMissingNames() {
        return ReferralFixture.valid().text("Child's First Name", "").text("Child's Last Name", "").toDocx();
    }
}
