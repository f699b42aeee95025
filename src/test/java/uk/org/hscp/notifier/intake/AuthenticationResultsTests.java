package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Authentication-Results fields as real gateways write them (RFC 8601 and its examples, Exchange Online, OpenDMARC, rspamd). */
class AuthenticationResultsTests {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("Exchange Online: no authserv-id, comments, action=none, compauth",
                        "spf=pass (sender IP is 40.107.22.63) smtp.mailfrom=hants.gov.uk; dkim=pass (signature was"
                                + " verified) header.d=hants.gov.uk;dmarc=pass action=none header.from=hants.gov.uk;compauth=pass"
                                + " reason=100",
                        "", "spf=pass dkim=pass dmarc=pass compauth=pass", "dmarc", "header.from", "hants.gov.uk"),
                Arguments.of("Exchange Online, no DMARC record: bestguesspass",
                        "spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=hhft.nhs.uk; dkim=pass (signature was verified)\r\n"
                                + " header.d=hhft.nhs.uk;dmarc=bestguesspass action=none\r\n header.from=hhft.nhs.uk;compauth=pass reason=109",
                        "", "spf=pass dkim=pass dmarc=bestguesspass compauth=pass", "dkim", "header.d", "hhft.nhs.uk"),
                Arguments.of("OpenDMARC, folded, with the policy in a comment",
                        "mx.hants.gov.uk;\r\n\tdmarc=pass (p=reject dis=none) header.from=hampshire.police.uk",
                        "mx.hants.gov.uk", "dmarc=pass", "dmarc", "header.from", "hampshire.police.uk"),
                Arguments.of("OpenDKIM with a quoted header.b and a key-size comment",
                        "mx.hants.gov.uk; dkim=pass (2048-bit key; unprotected) header.d=nhs.net header.i=@nhs.net"
                                + " header.a=rsa-sha256 header.s=s2 header.b=\"AbC+/d9\"",
                        "mx.hants.gov.uk", "dkim=pass", "dkim", "header.d", "nhs.net"),
                Arguments.of("rspamd: several results, quoted reason holding a ';'",
                        "rspamd.hants.gov.uk; dkim=fail reason=\"signature verification failed; bad key\""
                                + " header.d=example.org; spf=softfail (rspamd.hants.gov.uk: domain of x@example.org"
                                + " is not allowed) smtp.mailfrom=x@example.org; dmarc=fail reason=\"No valid SPF, No"
                                + " valid DKIM\" header.from=example.org (policy=reject)",
                        "rspamd.hants.gov.uk", "dkim=fail spf=softfail dmarc=fail", "dmarc", "header.from", "example.org"),
                Arguments.of("RFC 8601 example: version, nested comment, CFWS around '='",
                        "example.com 1; auth = pass (cram-md5 (nested) comment) smtp.auth=sender@example.net;"
                                + " spf=pass smtp.mailfrom=example.net",
                        "example.com", "auth=pass spf=pass", "auth", "smtp.auth", "sender@example.net"),
                Arguments.of("quoted authserv-id and a method version",
                        "\"mx.hants.gov.uk\"; dkim/1=pass header.d=hants.gov.uk",
                        "mx.hants.gov.uk", "dkim=pass", "dkim", "header.d", "hants.gov.uk"),
                Arguments.of("nothing checked",
                        "mx.hants.gov.uk; none", "mx.hants.gov.uk", "", null, null, null),
                Arguments.of("unknown methods kept as they are",
                        "mx.hants.gov.uk; arc=pass (i=1) smtp.remote-ip=192.0.2.1; x-future=whatever header.x=y;"
                                + " dmarc=PASS header.from=HANTS.GOV.UK",
                        "mx.hants.gov.uk", "arc=pass x-future=whatever dmarc=pass", "x-future", "header.x", "y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void readsRealWorldShapes(String shape, String field, String authservId, String results, String method,
            String property, String value) {
        AuthenticationResults read = AuthenticationResults.parse(field).orElseThrow();

        assertThat(read.authservId()).isEqualTo(authservId);
        assertThat(String.join(" ", read.results().stream().map(r -> r.method() + "=" + r.result()).toList()))
                .isEqualTo(results);
        if (method != null) {
            assertThat(read.resultsFor(method).get(0).property(property)).contains(value);
        }
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("unbalanced comment", "mx.hants.gov.uk; dmarc=pass (p=reject header.from=hants.gov.uk"),
                Arguments.of("unbalanced quote", "mx.hants.gov.uk; dmarc=pass reason=\"x header.from=hants.gov.uk"),
                Arguments.of("three words before the first ';'", "mx hants gov; dmarc=pass header.from=hants.gov.uk"),
                Arguments.of("too long", "mx.hants.gov.uk; " + "x".repeat(AuthenticationResults.MAX_LENGTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void refusesWhatIsNotAField(String shape, String field) {
        assertThat(AuthenticationResults.parse(field)).isEmpty();
    }

    @Test
    void aResultInsideACommentOrQuotesIsNotAResult() {
        Optional<AuthenticationResults> read = AuthenticationResults.parse(
                "mx.hants.gov.uk; spf=fail (dmarc=pass header.from=hants.gov.uk) reason=\"; dmarc=pass\"");
        assertThat(read.orElseThrow().results()).extracting(AuthenticationResults.Result::method)
                .isEqualTo(List.of("spf"));
    }
}
