package uk.org.hscp.notifier.intake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Hands an e-mail to an SMTP server as a stream, byte for byte (only dot-stuffed), so that a test delivering a
 * 50 MiB e-mail never holds it: the heap the hostile corpus measures is the service's, not the sender's.
 */
final class RawSmtp {

    private RawSmtp() {
    }

    static void deliver(String host, int port, String recipient, InputStream eml) {
        try (Socket socket = new Socket(host, port);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            expect(in, "220");
            command(out, in, "HELO corpus.test", "250");
            command(out, in, "MAIL FROM:<corpus@corpus.test>", "250");
            command(out, in, "RCPT TO:<" + recipient + ">", "250");
            command(out, in, "DATA", "354");
            copyDotStuffed(new BufferedInputStream(eml, 64 * 1024), out);
            command(out, in, ".", "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new IllegalStateException("Could not deliver the test e-mail over SMTP", e);
        }
    }

    /** The message as it is, a '.' doubled at the start of a line, ending with CRLF. */
    private static void copyDotStuffed(InputStream eml, OutputStream out) throws IOException {
        int previous = '\n';
        int b;
        while ((b = eml.read()) >= 0) {
            if (b == '.' && previous == '\n') {
                out.write('.');
            }
            out.write(b);
            previous = b;
        }
        if (previous != '\n') {
            out.write('\r');
            out.write('\n');
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String code) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, code);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String reply;
        do {
            reply = in.readLine();
            if (reply == null || !reply.startsWith(code)) {
                throw new IOException("Expected " + code + " from the SMTP server, got: " + reply);
            }
        } while (reply.length() > 3 && reply.charAt(3) == '-');
    }
}
