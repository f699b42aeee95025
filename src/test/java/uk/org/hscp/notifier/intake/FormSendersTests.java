package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.forms.FormType;

/** Which forms a sender may send: whatever the form or the subject says, only what its own agency may change. */
class FormSendersTests {

    private static final FormSenders SENDERS = new FormSenders(new KnownSenders(List.of(
            new KnownSenders.Agency("CHILDRENS_SERVICES", "Children's Services", List.of("hants.gov.uk"), null),
            new KnownSenders.Agency("POLICE", "Police", List.of("hampshire.police.uk"), null),
            new KnownSenders.Agency("NHS_MAIL", "NHSmail", List.of("nhs.net", "*.nhs.net"), null))),
            List.of("hscp@hants.gov.uk", "Business.Manager@hants.gov.uk"));

    /** The case asked the police and Children's Services for a summary; nobody else. */
    private static final Set<String> ASKED = Set.of("POLICE", "CHILDRENS_SERVICES");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(FormType.LIG_REFERRAL, "jo@hampshire.police.uk", true),
                Arguments.of(FormType.LIG_REFERRAL, "gareth@nhs.net", true),
                Arguments.of(FormType.LIG_REFERRAL_RESPONSE, "jo@hampshire.police.uk", true),
                Arguments.of(FormType.LIG_REFERRAL_RESPONSE, "sam@hants.gov.uk", true),
                Arguments.of(FormType.LIG_REFERRAL_RESPONSE, "gareth@nhs.net", false),      // NHSmail: not asked
                Arguments.of(FormType.LIG_REFERRAL_RESPONSE, "someone@gmail.com", false),   // no agency at all
                Arguments.of(FormType.RAPID_REVIEW, "hscp@hants.gov.uk", true),
                Arguments.of(FormType.RAPID_REVIEW, "HSCP@Hants.gov.uk", true),
                Arguments.of(FormType.RAPID_REVIEW, "business.manager@hants.gov.uk", true),
                Arguments.of(FormType.RAPID_REVIEW, "jo@hants.gov.uk", false),              // same domain, not the team
                Arguments.of(FormType.RAPID_REVIEW, "jo@hampshire.police.uk", false),
                Arguments.of(FormType.RAPID_REVIEW, "hscp@hants.gov.uk.evil.example", false));
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @MethodSource("cases")
    void aFormChangesOnlyWhatItsSenderMayChange(FormType type, String sender, boolean allowed) {
        var refusal = SENDERS.refusal(type, sender, ASKED::contains);

        assertThat(refusal.isEmpty()).as(refusal.orElse("allowed")).isEqualTo(allowed);
    }
}
