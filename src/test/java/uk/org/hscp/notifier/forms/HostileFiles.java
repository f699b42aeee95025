package uk.org.hscp.notifier.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Hostile attachments, made in the test from a few bytes of code (nothing big is committed). */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A one-page PDF whose content streams (one stream, named 32 times) inflate to 2 GiB of blanks. */
    public static byte[] pdfInflatingTo2GiB() {
        byte[] blanks = new byte[1024 * 1024];
        java.util.Arrays.fill(blanks, (byte) ' ');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < 64; i++) { // 64 MiB
            deflater.setInput(blanks);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        StringBuilder contents = new StringBuilder("[");
        for (int i = 0; i < 32; i++) {
            contents.append("4 0 R ");
        }
        contents.append("]");
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contents + " >>"),
                compressed.toByteArray());
    }

    /** A one-page PDF with a line of text and {@code lines} stroked lines. */
    public static byte[] pdfWithDrawnLines(int lines) {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 800 Td (LIG Referral Form) Tj ET\n");
        for (int i = 0; i < lines; i++) {
            int y = 50 + i % 700;
            content.append("72 ").append(y).append(" m 520 ").append(y).append(" l S\n");
        }
        byte[] raw = content.toString().getBytes(StandardCharsets.US_ASCII);
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
                compressed.toByteArray());
    }

    /**
     * Objects 1..n from {@code dictionaries}, then object n+1 a FlateDecode stream (for the page's contents, 4 0 R
     * when n is 3), laid out with a correct cross-reference table. Object 5 (a font) is written after the stream.
     */
    private static byte[] pdf(List<String> dictionaries, byte[] flateStream) {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int n = 1;
        for (String dictionary : dictionaries.subList(0, 3)) {
            offsets.add(out.size());
            write(out, n++ + " 0 obj\n" + dictionary + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, n++ + " 0 obj\n<< /Length " + flateStream.length + " /Filter /FlateDecode >>\nstream\n");
        out.writeBytes(flateStream);
        write(out, "\nendstream\nendobj\n");
        for (String dictionary : dictionaries.subList(3, dictionaries.size())) {
            offsets.add(out.size());
            write(out, n++ + " 0 obj\n" + dictionary + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + n + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(n).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /**
     * The given .docx with one more part, {@code word/media/image1.png}, whose local header and central directory
     * both say it is 1,000 bytes: it inflates to {@code inflatedMiB} MiB.
     */
    public static byte[] docxWithLyingSizes(byte[] docx, int inflatedMiB) throws IOException {
        var out = new ByteArrayOutputStream();
        var central = new ByteArrayOutputStream();
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                byte[] deflated = deflate(data, 1);
                addEntry(out, central, entry.getName(), deflated, data.length, crc.getValue());
                count++;
            }
        }
        byte[] bomb = deflate(new byte[1024 * 1024], inflatedMiB);
        addEntry(out, central, "word/media/image1.png", bomb, 1000, 0x12345678L);
        count++;
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static void addEntry(ByteArrayOutputStream out, ByteArrayOutputStream central, String name,
            byte[] deflated, long declaredSize, long crc) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int offset = out.size();
        ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0)
                .putShort((short) 0x21).putInt((int) crc).putInt(deflated.length).putInt((int) declaredSize)
                .putShort((short) nameBytes.length).putShort((short) 0);
        out.writeBytes(local.array());
        out.writeBytes(nameBytes);
        out.writeBytes(deflated);
        ByteBuffer header = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(deflated.length)
                .putInt((int) declaredSize).putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
        central.writeBytes(header.array());
        central.writeBytes(nameBytes);
    }

    /** Raw deflate (as in ZIP) of {@code data} repeated {@code times}. */
    private static byte[] deflate(byte[] data, int times) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < times; i++) {
            deflater.setInput(data);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
