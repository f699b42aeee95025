package uk.org.hscp.notifier.forms;

import java.util.Objects;

/**
 * One thing wrong with a form, in plain words for the person at the agency who filled it in.
 * {@code field} is the label as printed on the form; none of the three parts holds form content.
 *
 * @param field   the label as printed, e.g. "Child's First Name"
 * @param problem what is wrong, e.g. "is missing"
 * @param action  what to do, e.g. "Enter the child's first name"
 */
public record FormProblem(String field, String problem, String action) {

    public FormProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(action, "action");
    }

    /** One line: {@code Child's First Name: is missing. Enter the child's first name.} */
    public String describe() {
        return field + ": " + problem + ". " + action + ".";
    }
}
