package uk.org.hscp.notifier.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.notices.NoticeKind;

class AnonymiserTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** A case full of identities, as the database would hold it. */
    static class FakeSources implements CaseSource, DeadlineSource, EmailSource {

        LocalDate dateOfBirth = LocalDate.of(2016, 11, 24);

        @Override
        public Optional<CaseKey> caseKey(long caseId) {
            return Optional.of(new CaseKey("HSCP-2026-0007", "Child A", dateOfBirth));
        }

        @Override
        public Optional<DeadlineFacts> deadline(long deadlineId) {
            return Optional.of(new DeadlineFacts(deadlineId, "Rapid review completed", "8.2.1", "HSCP team and LIG",
                    Instant.parse("2026-12-11T23:59:59Z"), 2, "OPEN"));
        }

        @Override
        public Optional<String> reminderKind(long reminderId) {
            return Optional.of("BEFORE_DUE");
        }

        @Override
        public Optional<Instant> emailReceivedAt(long inboundEmailId) {
            return Optional.of(Instant.parse("2026-11-02T10:41:00Z"));
        }

        @Override
        public Collection<String> identifyingValues(long caseId) {
            return List.of("Kai", "Fairbrother", "Shannon Fairbrother", "Oakfield Primary School",
                    "28 Portchester Crescent, Gosport, PO12 4NU", "anna.kowalska@hampshire.police.uk");
        }
    }

    final FakeSources sources = new FakeSources();
    final Anonymiser anonymiser = new Anonymiser(sources, sources, sources, wording(), URI.create("https://notifier.hscp.example/"),
            LONDON);

    static Map<NoticeKind, Anonymiser.Wording> wording() {
        Map<NoticeKind, Anonymiser.Wording> wording = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            wording.put(kind, new Anonymiser.Wording("9.4.1", "Reply to the HSCP team."));
        }
        return wording;
    }

    AnonymisedNotice anonymise(NoticeKind kind, List<String> lines) {
        return anonymiser.anonymise(new Anonymiser.NoticeSource(kind, 5, 7L, 9L, 11L, 13L, "NATIONAL_PANEL", lines), NOW);
    }

    @Test
    void aNoticeCarriesTheReferencePseudonymAndAgeInWholeYearsOnly() {
        AnonymisedNotice notice = anonymise(NoticeKind.DECISION_NOTICE, List.of());

        assertThat(notice.caseReference()).isEqualTo("HSCP-2026-0007");
        assertThat(notice.pseudonym()).isEqualTo("Child A");
        assertThat(notice.ageInYears()).isEqualTo(9); // tenth birthday is tomorrow
        assertThat(notice.caseLink()).hasToString("https://notifier.hscp.example/cases/HSCP-2026-0007");
        assertThat(notice.toString()).doesNotContain("2016");
    }

    @Test
    void theAgeTurnsOnTheBirthdayAndALeapDayBirthdayCountsFromTheFirstOfMarch() {
        assertThat(Anonymiser.ageInYears(LocalDate.of(2016, 11, 23), LocalDate.of(2026, 11, 23))).isEqualTo(10);
        assertThat(Anonymiser.ageInYears(LocalDate.of(2016, 11, 24), LocalDate.of(2026, 11, 23))).isEqualTo(9);
        assertThat(Anonymiser.ageInYears(LocalDate.of(2016, 2, 29), LocalDate.of(2025, 2, 28))).isEqualTo(8);
        assertThat(Anonymiser.ageInYears(LocalDate.of(2016, 2, 29), LocalDate.of(2025, 3, 1))).isEqualTo(9);
        assertThat(Anonymiser.ageInYears(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23))).isZero();
        assertThat(Anonymiser.ageInYears(null, LocalDate.of(2026, 11, 23))).isNull();
        assertThat(Anonymiser.ageInYears(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 23))).isNull();
    }

    @Test
    void aDeadlineIsToldWithItsTitleSectionAndDueMomentInLondonTime() {
        AnonymisedNotice notice = anonymise(NoticeKind.REMINDER, List.of());

        assertThat(notice.deadline().title()).isEqualTo("Rapid review completed");
        assertThat(notice.deadline().section()).isEqualTo("8.2.1");
        assertThat(notice.deadline().due()).isEqualTo(ZonedDateTime.of(2026, 12, 11, 23, 59, 59, 0, LONDON));
        assertThat(notice.deadline().sequence()).isEqualTo(2);
        assertThat(notice.deadline().reminderKind()).isEqualTo("BEFORE_DUE");
    }

    @Test
    void linesNeverCarryANameDateNhsNumberAddressOrEmailEvenIfARequesterSlipsOneIn() {
        AnonymisedNotice notice = anonymise(NoticeKind.FORM_QUERY, List.of(
                "Child's First Name: is missing",
                "The surname Fairbrother does not match the referral for kai",
                "Date of birth 17/01/2017 is after the date of death 2016-05-03",
                "NHS number 999 550 4928 is not valid; also 9995504928",
                "Address 12 Other Road, PO12 4NU; school Oakfield Primary School",
                "Contact anna.kowalska@hampshire.police.uk or 023 9289 6262",
                "Seen on 14th Oct 2026 and 3 November 2026"));

        assertThat(notice.lines()).containsExactly(
                "Child's First Name: is missing",
                "The surname [withheld] does not match the referral for [withheld]",
                "Date of birth [withheld] is after the date of death [withheld]",
                "NHS number [withheld] is not valid; also [withheld]",
                "Address 12 Other Road, [withheld]; school [withheld]",
                "Contact [withheld] or [withheld]",
                "Seen on [withheld] and [withheld]");
    }

    @Test
    void aNoticeAboutAnEmailHasNoCaseAndSaysWhenTheEmailArrived() {
        AnonymisedNotice notice = anonymiser.anonymise(new Anonymiser.NoticeSource(NoticeKind.FORM_QUERY, 5, null, 9L,
                null, null, "SENDER", List.of("The e-mail has no attachment.")), NOW);

        assertThat(notice.aboutCase()).isFalse();
        assertThat(notice.caseLink()).isNull();
        assertThat(notice.aboutEmailReceivedAt()).isEqualTo(ZonedDateTime.of(2026, 11, 2, 10, 41, 0, 0, LONDON));
        assertThat(notice.lines()).containsExactly("The e-mail has no attachment.");
    }

    @Test
    void theNoticeTypeRefusesAnythingButShortCodesForReferenceAndPseudonym() {
        ZonedDateTime now = NOW.atZone(LONDON);
        URI staff = URI.create("http://localhost:8080");
        assertThatThrownBy(() -> new AnonymisedNotice(NoticeKind.DECISION_NOTICE, 1, "HSCP-2026-0007",
                "Kai Fairbrother, born 17 January 2017 at 28 Portchester Crescent", 9, null, null, "x", List.of(), null,
                staff, "OFSTED", now, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnonymisedNotice(NoticeKind.DECISION_NOTICE, 1, "Kai Fairbrother's case", "Child A",
                9, null, null, "x", List.of(), null, staff, "OFSTED", now, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnonymisedNotice(NoticeKind.DECISION_NOTICE, 1, "HSCP-2026-0007", "Child A", 1977,
                null, null, "x", List.of(), null, staff, "OFSTED", now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKindOfNoticeMustHaveWordingConfigured() {
        Map<NoticeKind, Anonymiser.Wording> missing = new EnumMap<>(wording());
        missing.remove(NoticeKind.LAC_DEATH_NOTICE);
        assertThatThrownBy(() -> new Anonymiser(sources, sources, sources, missing, URI.create("http://localhost"), LONDON))
                .hasMessageContaining("LAC_DEATH_NOTICE");
    }
}
