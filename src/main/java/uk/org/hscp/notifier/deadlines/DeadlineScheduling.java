package uk.org.hscp.notifier.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.deadlines.DeadlineStore.DeadlineRow;
import uk.org.hscp.notifier.deadlines.quartz.WakeUps;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * Records what happens to a case and keeps its deadlines true: an event creates each deadline it starts,
 * moves each deadline whose dates it changes (its pending reminders are replanned), meets what it meets
 * (pending reminders cancelled), and sends the notices the catalogue ties to it. Reminders and their
 * Quartz wake-ups are written in the same transaction as the event.
 */
public class DeadlineScheduling {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduling.class);
    static final String SERVICE = "service";

    public enum Change { CREATED, MOVED, MET, CANCELLED }

    public record DeadlineChange(String timescaleId, String title, String agency, Change change, Instant previousDue,
            Instant due) {
    }

    public record RecordedEvent(long eventId, List<DeadlineChange> changes) {
    }

    private final TimescaleCatalogue catalogue;
    private final DeadlineCalculator calculator;
    private final ReminderPlanner planner;
    private final DeadlineStore store;
    private final LigMeetingCalendar meetings;
    private final WakeUps wakeUps;
    private final Notices notices;
    private final List<String> ligMemberAgencies;
    private final Clock clock;

    public DeadlineScheduling(TimescaleCatalogue catalogue, DeadlineCalculator calculator, ReminderPlanner planner,
            DeadlineStore store, LigMeetingCalendar meetings, WakeUps wakeUps, Notices notices,
            List<String> ligMemberAgencies, Clock clock) {
        this.catalogue = catalogue;
        this.calculator = calculator;
        this.planner = planner;
        this.store = store;
        this.meetings = meetings;
        this.wakeUps = wakeUps;
        this.notices = notices;
        this.ligMemberAgencies = List.copyOf(ligMemberAgencies);
        this.clock = clock;
    }

    /**
     * @param agency the agency the event is about (a summary of involvement), or null for the whole case
     */
    @Transactional
    public RecordedEvent record(long caseId, CaseEventType type, Instant occurredAt, String agency, String detailsJson,
            String recordedBy) {
        Instant now = clock.instant();
        long eventId = store.recordEvent(caseId, type, occurredAt, agency, detailsJson, recordedBy, now);
        List<DeadlineChange> changes = new ArrayList<>(apply(caseId, type, occurredAt, agency, now));
        for (TimescaleCatalogue.EventNotice notice : catalogue.noticesOn(type)) {
            notices.request(NoticeRequest.aboutCase(notice.send(), caseId, null));
            notice.thenRecord().ifPresent(next ->
                    changes.addAll(record(caseId, next, now, null, null, SERVICE).changes()));
        }
        log.info("Case {}: {} recorded; {} deadline change(s)", caseId, type, changes.size());
        return new RecordedEvent(eventId, List.copyOf(changes));
    }

    /**
     * Whether the agency was asked on the case for what this event brings: a deadline (in any state) of a per-agency
     * timescale that the event meets, for that agency (a summary of involvement, met by RESPONSE_RECEIVED).
     */
    @Transactional(readOnly = true)
    public boolean asked(long caseId, CaseEventType metBy, String agency) {
        if (agency == null) {
            return false;
        }
        java.util.Set<String> timescales = catalogue.enabled().stream()
                .filter(t -> t.perAgency() && t.metBy() == metBy).map(Timescale::id)
                .collect(java.util.stream.Collectors.toSet());
        return store.deadlines(caseId).stream()
                .anyMatch(d -> timescales.contains(d.timescaleId()) && agency.equals(d.agency()));
    }

    /** LIG meeting dates changed: {@link #meetingsChanged(long)} for every case with an open deadline. */
    @Transactional
    public void meetingsChanged() {
        store.casesWithOpenDeadlines().forEach(this::meetingsChanged);
    }

    /**
     * LIG meeting dates changed: deadlines due before the next meeting move with it, and an open rapid review is
     * checked against the next meeting again.
     */
    @Transactional
    public void meetingsChanged(long caseId) {
        Instant now = clock.instant();
        CaseView view = new CaseView(caseId);
        List<DeadlineChange> changes = new ArrayList<>();
        for (Timescale timescale : catalogue.enabled()) {
            if (timescale.due() instanceof DueRule.BeforeNextMeeting) {
                view.open(timescale.id()).forEach(d -> reconsider(view, timescale, d, now, changes));
            }
        }
        extraordinaryMeetingCheck(view, now, changes);
        if (!changes.isEmpty()) {
            log.info("Case {}: LIG meetings changed; {} deadline change(s)", caseId, changes.size());
        }
    }

    private List<DeadlineChange> apply(long caseId, CaseEventType type, Instant at, String agency, Instant now) {
        List<DeadlineChange> changes = new ArrayList<>();
        CaseView view = new CaseView(caseId);
        for (Timescale timescale : catalogue.enabled()) {
            boolean started = view.deadlines().stream().anyMatch(d -> d.timescaleId().equals(timescale.id()));
            switch (EventEffect.of(timescale, type, started)) {
                case MEETS -> view.open(timescale.id()).stream()
                        .filter(d -> agency == null || !timescale.perAgency() || agency.equals(d.agency()))
                        .forEach(d -> meet(view, timescale, d, at, now, changes));
                case STOPS -> view.open(timescale.id()).forEach(d -> {
                    close(view, d, DeadlineStatus.CANCELLED, at);
                    changes.add(change(timescale, d.agency(), Change.CANCELLED, d.due(), null));
                });
                case STARTS -> (timescale.perAgency() ? ligMemberAgencies : Collections.<String>singletonList(null))
                        .forEach(each -> create(view, timescale, each, at, now, changes));
                case RECONSIDERS -> view.open(timescale.id()).forEach(d -> reconsider(view, timescale, d, now, changes));
            }
        }
        // a deadline due with another one follows it when that one moved in the pass above
        for (Timescale timescale : catalogue.enabled()) {
            if (timescale.due() instanceof DueRule.WithDeadline) {
                view.open(timescale.id()).forEach(d -> reconsider(view, timescale, d, now, changes));
            }
        }
        if (changes.stream().anyMatch(c -> c.timescaleId().equals(ExtraordinaryMeetingRule.RAPID_REVIEW))) {
            extraordinaryMeetingCheck(view, now, changes);
        }
        return changes;
    }

    /** Met; a recurring timescale starts its next deadline from the meeting moment, unless it was stopped. */
    private void meet(CaseView view, Timescale timescale, DeadlineRow deadline, Instant at, Instant now,
            List<DeadlineChange> changes) {
        close(view, deadline, DeadlineStatus.MET, at);
        changes.add(change(timescale, deadline.agency(), Change.MET, deadline.due(), deadline.due()));
        if (timescale.recurring()
                && (timescale.stoppedBy() == null || !store.hasEvent(view.caseId(), timescale.stoppedBy()))) {
            create(view, timescale, deadline.agency(), at, now, changes);
        }
    }

    private void create(CaseView view, Timescale timescale, String agency, Instant startedAt, Instant now,
            List<DeadlineChange> changes) {
        Optional<ZonedDateTime> due = calculator.due(timescale.due(), dates(view, startedAt));
        long id = store.create(view.caseId(), timescale, agency, due.map(ZonedDateTime::toInstant).orElse(null),
                startedAt, now);
        view.deadlinesChanged();
        due.ifPresent(d -> plan(id, 0, timescale, d, now, true));
        changes.add(change(timescale, agency, Change.CREATED, null, due.map(ZonedDateTime::toInstant).orElse(null)));
    }

    private void close(CaseView view, DeadlineRow deadline, DeadlineStatus status, Instant at) {
        store.close(deadline.id(), status, at);
        view.deadlinesChanged();
    }

    /** Recomputes an open deadline from the case's current dates; moves it when its due moment changed. */
    private void reconsider(CaseView view, Timescale timescale, DeadlineRow deadline, Instant now,
            List<DeadlineChange> changes) {
        Optional<Instant> due = calculator.due(timescale.due(), dates(view, deadline.startedAt()))
                .map(ZonedDateTime::toInstant);
        if (due.isEmpty() || due.get().equals(deadline.due())) {
            return;
        }
        int version = store.move(deadline.id(), due.get(), now);
        view.deadlinesChanged();
        plan(deadline.id(), version, timescale, due.get().atZone(calculator.zone()), now, deadline.due() == null);
        changes.add(change(timescale, deadline.agency(), Change.MOVED, deadline.due(), due.get()));
    }

    private void plan(long deadlineId, int version, Timescale timescale, ZonedDateTime due, Instant now, boolean isNew) {
        var reminders = planner.plan(timescale, due, now, isNew);
        store.addReminders(deadlineId, version, reminders);
        reminders.stream().map(ReminderPlanner.PlannedReminder::fireAt).distinct().forEach(wakeUps::ensureAt);
    }

    /**
     * 8.2.1: when the next LIG meeting falls after the rapid review is due, an extraordinary meeting must be
     * convened before it: the deadline is created and the HSCP team and LIG chair are alerted.
     */
    private void extraordinaryMeetingCheck(CaseView view, Instant now, List<DeadlineChange> changes) {
        Optional<Timescale> extraordinary = catalogue.find(ExtraordinaryMeetingRule.TIMESCALE).filter(Timescale::enabled);
        if (extraordinary.isEmpty()) {
            return;
        }
        LocalDate today = now.atZone(calculator.zone()).toLocalDate();
        Optional<LocalDate> rapidReviewDue = view.open(ExtraordinaryMeetingRule.RAPID_REVIEW).stream()
                .filter(d -> d.due() != null).findFirst().map(d -> d.due().atZone(calculator.zone()).toLocalDate());
        boolean alreadyCalled = view.deadlines().stream()
                .anyMatch(d -> d.timescaleId().equals(ExtraordinaryMeetingRule.TIMESCALE));
        if (ExtraordinaryMeetingRule.needsExtraordinaryMeeting(rapidReviewDue,
                rapidReviewDue.flatMap(due -> meetings.meetingAfter(today.minusDays(1))), alreadyCalled)) {
            create(view, extraordinary.get(), null, now, now, changes);
            notices.request(NoticeRequest.aboutCase(NoticeKind.EXTRAORDINARY_MEETING_ALERT, view.caseId(), null));
        }
    }

    private DeadlineCalculator.Dates dates(CaseView view, Instant start) {
        Map<CaseEventType, Instant> events = view.events();
        List<DeadlineRow> deadlines = view.deadlines();
        return new DeadlineCalculator.Dates() {
            public Optional<ZonedDateTime> event(CaseEventType event) {
                return Optional.ofNullable(events.get(event)).map(i -> i.atZone(calculator.zone()));
            }

            public Optional<ZonedDateTime> deadline(String timescaleId) {
                return deadlines.stream().filter(d -> d.timescaleId().equals(timescaleId) && d.due() != null)
                        .filter(d -> d.status() != DeadlineStatus.CANCELLED).map(d -> d.due().atZone(calculator.zone()))
                        .findFirst();
            }

            public Optional<LocalDate> meetingAfter(LocalDate day) {
                return meetings.meetingAfter(day);
            }

            public Optional<ZonedDateTime> start() {
                return Optional.ofNullable(start).map(i -> i.atZone(calculator.zone()));
            }
        };
    }

    /**
     * What one pass over the catalogue reads of a case: its events, which the pass does not change, and its
     * deadlines, read again only after the pass changed one (rather than once for every timescale).
     */
    private final class CaseView {

        private final long caseId;
        private Map<CaseEventType, Instant> events;
        private List<DeadlineRow> deadlines;

        CaseView(long caseId) {
            this.caseId = caseId;
        }

        long caseId() {
            return caseId;
        }

        Map<CaseEventType, Instant> events() {
            if (events == null) {
                events = store.currentEvents(caseId);
            }
            return events;
        }

        List<DeadlineRow> deadlines() {
            if (deadlines == null) {
                deadlines = store.deadlines(caseId);
            }
            return deadlines;
        }

        List<DeadlineRow> open(String timescaleId) {
            return deadlines().stream().filter(d -> d.timescaleId().equals(timescaleId) && d.isOpen())
                    .toList();
        }

        void deadlinesChanged() {
            deadlines = null;
        }
    }

    private static DeadlineChange change(Timescale timescale, String agency, Change change, Instant previous,
            Instant due) {
        return new DeadlineChange(timescale.id(), timescale.title(), agency, change,
                Objects.equals(previous, due) && change == Change.CREATED ? null : previous, due);
    }
}
