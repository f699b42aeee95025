package uk.org.hscp.notifier.deadlines;

import java.util.ArrayList;
import java.util.List;

/** The shape of config/timescales.yml, before it is checked and turned into {@link Timescale}s. */
record CatalogueFile(List<Entry> timescales, List<Notification> notifications) {

    record Notification(String on, String send, String thenRecord) {
    }

    record Entry(String id, String title, String section, String startEvent, Due due, String metBy,
            String stoppedBy, String whoMustAct, List<String> reminded, List<String> reminders,
            Escalation escalation, String whatToDo, Boolean perAgency, Boolean recurring, Boolean enabled) {

        Timescale toTimescale(List<String> problems) {
            if (id == null || !id.matches("[A-Z][A-Z0-9_]*")) {
                problems.add("id must be UPPER_SNAKE_CASE");
            }
            if (title == null || title.isBlank()) {
                problems.add("title is missing");
            }
            CaseEventType start = event("startEvent", startEvent, problems, true);
            DueRule rule = due == null ? null : due.toRule(problems);
            if (due == null) {
                problems.add("due is missing");
            }
            CaseEventType met = event("metBy", metBy, problems, true);
            CaseEventType stopped = event("stoppedBy", stoppedBy, problems, false);
            List<String> remindedRoles = roles("reminded", reminded, problems);
            List<String> escalated = roles("escalation.to", escalation == null ? null : escalation.to(), problems);
            if (whoMustAct == null || !TimescaleCatalogue.ROLES.contains(whoMustAct)) {
                problems.add("whoMustAct: unknown role " + whoMustAct);
            }
            List<Offset> reminderOffsets = offsets("reminders", reminders, problems);
            List<Offset> escalationOffsets = offsets("escalation.after", escalation == null ? null : escalation.after(),
                    problems);
            if (escalationOffsets.stream().anyMatch(o -> o.amount() <= 0)) {
                problems.add("escalation.after: escalations come after the due moment (+1WD or later)");
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new Timescale(id, title, section, start, rule, met, stopped, whoMustAct, remindedRoles,
                    reminderOffsets, escalated, escalationOffsets, whatToDo == null ? "" : whatToDo.strip(),
                    Boolean.TRUE.equals(perAgency), Boolean.TRUE.equals(recurring), !Boolean.FALSE.equals(enabled));
        }
    }

    record Escalation(List<String> to, List<String> after) {
    }

    /** One of: after/before an event by an amount of a unit; earliestOf; withDeadline; beforeNextMeeting. */
    record Due(String after, String before, Integer amount, String unit, List<Due> earliestOf, String withDeadline,
            Integer workingDaysBeforeNextMeeting) {

        DueRule toRule(List<String> problems) {
            int forms = (after != null ? 1 : 0) + (before != null ? 1 : 0) + (earliestOf != null ? 1 : 0)
                    + (withDeadline != null ? 1 : 0) + (workingDaysBeforeNextMeeting != null ? 1 : 0);
            if (forms != 1) {
                problems.add("due must have exactly one of after, before, earliestOf, withDeadline, "
                        + "workingDaysBeforeNextMeeting");
                return null;
            }
            if (earliestOf != null) {
                List<DueRule> rules = new ArrayList<>();
                earliestOf.forEach(d -> rules.add(d.toRule(problems)));
                if (rules.size() < 2) {
                    problems.add("earliestOf needs two rules or more");
                }
                return new DueRule.EarliestOf(rules.stream().filter(r -> r != null).toList());
            }
            if (withDeadline != null) {
                return new DueRule.WithDeadline(withDeadline);
            }
            if (workingDaysBeforeNextMeeting != null) {
                if (workingDaysBeforeNextMeeting < 0) {
                    problems.add("workingDaysBeforeNextMeeting must not be negative");
                }
                return new DueRule.BeforeNextMeeting(workingDaysBeforeNextMeeting);
            }
            DueRule.Unit parsedUnit = unit(problems);
            if (amount == null || amount < 0 || (amount == 0 && after != null)) {
                problems.add("amount must be positive");
            }
            CaseEventType event = event(after != null ? "due.after" : "due.before", after != null ? after : before,
                    problems, true);
            if (parsedUnit == null || amount == null || event == null) {
                return null;
            }
            return after != null ? new DueRule.After(event, amount, parsedUnit)
                    : new DueRule.Before(event, amount, parsedUnit);
        }

        private DueRule.Unit unit(List<String> problems) {
            try {
                return DueRule.Unit.valueOf(String.valueOf(unit));
            } catch (IllegalArgumentException e) {
                problems.add("unknown unit " + unit + " (HOURS, WORKING_DAYS, CALENDAR_DAYS, MONTHS or YEARS)");
                return null;
            }
        }
    }

    private static CaseEventType event(String field, String name, List<String> problems, boolean required) {
        if (name == null) {
            if (required) {
                problems.add(field + " is missing");
            }
            return null;
        }
        try {
            return CaseEventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(field + ": unknown event " + name);
            return null;
        }
    }

    private static List<String> roles(String field, List<String> names, List<String> problems) {
        List<String> roles = names == null ? List.of() : names;
        roles.stream().filter(r -> !TimescaleCatalogue.ROLES.contains(r))
                .forEach(r -> problems.add(field + ": unknown role " + r));
        return roles;
    }

    private static List<Offset> offsets(String field, List<String> texts, List<String> problems) {
        List<Offset> offsets = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                offsets.add(Offset.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(field + ": " + e.getMessage());
            }
        }
        return offsets;
    }
}
