package uk.org.hscp.notifier.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Appendix B, the LIG Referral Form, as the parse contract describes it. Lists and sets are never
 * {@code null} (nothing ticked is an empty set); any other field is {@code null} when the form leaves it
 * empty or says N/A.
 */
public record ReferralForm(
        Child child,
        List<FamilyMember> parentsCarers,
        List<FamilyMember> siblings,
        Set<ReferralPurpose> referralPurposes,
        ReferralDetails referral,
        Set<InvolvedAgency> agenciesInvolved,
        String otherAgencies,
        String outOfAreaOrganisation,
        Set<NotificationReason> reasons,
        String otherReason,
        Set<CaseCharacteristic> characteristics,
        String otherCharacteristic,
        ChildProtectionPlanAnswer childProtectionPlan,
        ChildProtectionPlanAnswer siblingsOnChildProtectionPlan,
        CriminalInvestigationAnswer criminalInvestigation,
        ConvictionAnswer conviction,
        String caseOutline,
        String caseSummaryAnalysis,
        String strengthsAndChallenges) implements Form {

    public ReferralForm {
        child = child == null ? Child.EMPTY : child;
        parentsCarers = Copies.list(parentsCarers);
        siblings = Copies.list(siblings);
        referralPurposes = Copies.enums(referralPurposes, ReferralPurpose.class);
        referral = referral == null ? ReferralDetails.EMPTY : referral;
        agenciesInvolved = Copies.enums(agenciesInvolved, InvolvedAgency.class);
        reasons = Copies.enums(reasons, NotificationReason.class);
        characteristics = Copies.enums(characteristics, CaseCharacteristic.class);
    }

    @Override
    public FormType formType() {
        return FormType.LIG_REFERRAL;
    }

    public String childFirstName() {
        return child.firstName();
    }

    public String childLastName() {
        return child.lastName();
    }

    public LocalDate childDateOfBirth() {
        return child.dateOfBirth();
    }

    public LocalDate childDateOfDeath() {
        return child.dateOfDeath();
    }

    public LocalDate referralDate() {
        return referral.date();
    }

    public String referrerName() {
        return referral.referrerName();
    }

    /** The referrer's agency, "Agency" in section 3. */
    public String referrerAgency() {
        return referral.agency();
    }

    public String referrerEmail() {
        return referral.email();
    }

    @Override
    public String toString() {
        return "ReferralForm[formType=LIG_REFERRAL, redacted]";
    }

    /** Section 1a, the child's details. {@code nhsNumber} is digits only. */
    public record Child(
            String firstName,
            String lastName,
            List<String> aliases,
            String ethnicity,
            LocalDate dateOfBirth,
            LocalDate dateOfDeath,
            Gender gender,
            String nhsNumber,
            String educationSetting,
            String address) {

        static final Child EMPTY = new Child(null, null, List.of(), null, null, null, null, null, null, null);

        public Child {
            aliases = Copies.list(aliases);
        }

        @Override
        public String toString() {
            return "Child[redacted]";
        }
    }

    /** One line of section 1b; {@code relationship} is {@code null} where the form does not say. */
    public record FamilyMember(String name, List<String> aliases, String relationship, LocalDate dateOfBirth) {

        public FamilyMember {
            aliases = Copies.list(aliases);
        }

        @Override
        public String toString() {
            return "FamilyMember[redacted]";
        }
    }

    /** Section 3, the referral details. */
    public record ReferralDetails(LocalDate date, String referrerName, String agency, String telephone, String email) {

        static final ReferralDetails EMPTY = new ReferralDetails(null, null, null, null, null);

        @Override
        public String toString() {
            return "ReferralDetails[redacted]";
        }
    }
}
