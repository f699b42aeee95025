package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

/** Test helper: read bytes that must be a form. */
final class FormReading {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final FormReader READER = new FormReader();

    private FormReading() {
    }

    static ReadResult.Read read(byte[] bytes) {
        ReadResult result = READER.read(bytes, TODAY);
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return (ReadResult.Read) result;
    }

    static ReferralForm referral(ReferralFixture fixture) {
        ReadResult.Read read = read(fixture.toDocx());
        assertThat(read.form()).isInstanceOf(ReferralForm.class);
        return (ReferralForm) read.form();
    }
}
