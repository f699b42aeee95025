package uk.org.hscp.notifier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import uk.org.hscp.notifier.forms.FormJson;
import uk.org.hscp.notifier.forms.FormProblem;
import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.forms.ReadResult;

/**
 * {@code parse FILE}: reads one form and prints its contract JSON. Plain Java: no server, no Spring.
 *
 * <ul>
 *   <li>a form: its JSON (pretty) on {@code out}, each validation problem as one {@code warning:} line on
 *       {@code err}; exit status 0;</li>
 *   <li>a file that is missing, unreadable, not a form, or needs keying in by hand: one line
 *       {@code parse: FILE: reason} on {@code err}; exit status 2 (as for a usage error).</li>
 * </ul>
 */
public final class ParseCommand {

    public static final int OK = 0;
    public static final int FAILED = 2;

    private ParseCommand() {
    }

    /** Runs the command; {@code args} is {@code [FILE]} or {@code [parse, FILE]}. Returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err, LocalDate today) {
        List<String> rest = !args.isEmpty() && args.get(0).equals("parse") ? args.subList(1, args.size()) : args;
        if (rest.size() != 1) {
            err.println("usage: parse FILE");
            return FAILED;
        }
        String file = rest.get(0);
        byte[] bytes;
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                return fail(err, file, "no such file");
            }
            if (Files.size(path) > FormReader.MAX_BYTES) {
                return fail(err, file, "the file is too large to be a form");
            }
            bytes = Files.readAllBytes(path);
        } catch (InvalidPathException e) {
            return fail(err, file, "not a valid file name");
        } catch (IOException | SecurityException e) {
            return fail(err, file, "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        ReadResult result = readKeepingOutClean(bytes, today, out, err);
        if (result instanceof ReadResult.Read read) {
            out.println(FormJson.toJson(read.form()));
            for (FormProblem problem : read.problems()) {
                err.println("warning: " + file + ": " + problem.describe());
            }
            return OK;
        }
        return fail(err, file, reason(result));
    }

    /**
     * PDFBox and POI log through whatever logging is on the class path, and a console appender writes to
     * {@code System.out}: when {@code out} is {@code System.out}, the reading runs with {@code System.out}
     * pointed at {@code err}, so that no library's log line can corrupt the JSON.
     */
    private static ReadResult readKeepingOutClean(byte[] bytes, LocalDate today, PrintStream out, PrintStream err) {
        PrintStream systemOut = System.out;
        boolean guard = out == systemOut;
        if (guard) {
            System.setOut(err);
        }
        try {
            return new FormReader().read(bytes, today);
        } finally {
            if (guard) {
                System.setOut(systemOut);
            }
        }
    }

    private static String reason(ReadResult result) {
        if (result instanceof ReadResult.NotAForm notAForm) {
            return "not a form: " + notAForm.reason();
        }
        if (result instanceof ReadResult.Unreadable unreadable) {
            return "unreadable: " + unreadable.reason();
        }
        if (result instanceof ReadResult.NeedsManualEntry manual) {
            return "needs manual entry: " + manual.reason();
        }
        return "cannot be read";
    }

    private static int fail(PrintStream err, String file, String reason) {
        err.println("parse: " + file + ": " + reason);
        return FAILED;
    }
}
