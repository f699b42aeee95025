package uk.org.hscp.notifier.forms.extract;

import java.util.List;
import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.FormProblem;

/** A form read from a layout, with the problems met reading its values (not yet validated). */
public record Extraction(Form form, List<FormProblem> problems) {

    public Extraction {
        problems = List.copyOf(problems);
    }
}
