package uk.org.hscp.notifier.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which From addresses are an agency's: exact domains, listed wildcards, never a lookalike. */
class KnownSendersTests {

    private static final KnownSenders SENDERS = new KnownSenders(List.of(
            new KnownSenders.Agency("CHILDRENS_SERVICES", "Children's Services", List.of("hants.gov.uk"), null),
            new KnownSenders.Agency("POLICE", "Police", List.of("hampshire.police.uk"), null),
            new KnownSenders.Agency("ICB", "ICB", List.of("hiowicb.nhs.uk"), List.of("icb.safeguarding@nhs.net")),
            new KnownSenders.Agency("NHS_MAIL", "NHSmail", List.of("nhs.net", "*.nhs.net"), null)));

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("jo@hants.gov.uk", "CHILDRENS_SERVICES"),
                Arguments.of("Jo.Whitcombe@Hampshire.Police.UK", "POLICE"),   // case-insensitive, as DNS is
                Arguments.of("gareth@nhs.net", "NHS_MAIL"),
                Arguments.of("gareth@trust.nhs.net", "NHS_MAIL"),             // "*.nhs.net" is listed
                Arguments.of("icb.safeguarding@nhs.net", "ICB"),              // a single address wins over a domain
                Arguments.of("ICB.Safeguarding@NHS.net", "ICB"),
                Arguments.of("jo@social.hants.gov.uk", null),                 // subdomain not listed
                Arguments.of("jo@hants-gov.co", null),
                Arguments.of("jo@hants.gov.uk.evil.example", null),
                Arguments.of("jo@nhs.net.evil.example", null),
                Arguments.of("jo@evilnhs.net", null),
                Arguments.of("jo@xhants.gov.uk", null),
                Arguments.of("jo@h\u0430nts.gov.uk", null),                   // Cyrillic a
                Arguments.of("jo@hants.gov.u\u212A", null),                   // Kelvin sign: lower-cases to k
                Arguments.of("jo@HANTS.GOV.U\u212A", null),
                Arguments.of("jo@hants\uFF0Egov.uk", null),                   // full-width full stop
                Arguments.of("jo@xn--hnts-loa.gov.uk", null),                 // an IDN in ASCII form is another domain
                Arguments.of("jo@h\u00e4nts.gov.uk", null),
                Arguments.of("jo@hants.gov.uk.", null),                       // trailing dot
                Arguments.of("jo@hants..gov.uk", null),
                Arguments.of("jo@.nhs.net", null),
                Arguments.of("jo@hants.gov.uk\u0000", null),
                Arguments.of("jo@", null),
                Arguments.of("@hants.gov.uk", null),
                Arguments.of("hants.gov.uk", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("addresses")
    void matchesExactlyAndNeverALookalike(String address, String agency) {
        assertThat(SENDERS.agencyOf(address).map(KnownSenders.Agency::code).orElse(null)).isEqualTo(agency);
    }

    @Test
    void aDomainThatIsNotAnAsciiHostNameStopsStartUpNamingTheAgency() {
        assertThatThrownBy(() -> new KnownSenders.Agency("X", "X", List.of("h\u0430nts.gov.uk"), null))
                .hasMessageContaining("agency X").hasMessageContaining("ASCII");
        assertThatThrownBy(() -> new KnownSenders.Agency("X", "X", List.of("*nhs.net"), null))
                .hasMessageContaining("agency X");
        assertThatThrownBy(() -> new KnownSenders.Agency("X", "X", List.of("hants.gov.uk."), null))
                .hasMessageContaining("agency X");
    }
}
