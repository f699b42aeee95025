package uk.org.hscp.notifier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * Builds small .docx files in memory with POI, from WordprocessingML written here: enough to make forms of
 * our own with every tick, date and strike-through convention the agencies use.
 */
final class DocxFixture {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    private DocxFixture() {
    }

    /** A .docx whose body is {@code bodyXml} (paragraphs and tables, {@code w:} and {@code w14:} prefixes). */
    static byte[] docx(String bodyXml) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTBody body = CTBody.Factory.parse(
                    "<xml-fragment xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\">" + bodyXml + "</xml-fragment>");
            doc.getDocument().setBody(body);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalArgumentException("bad fixture XML", e);
        }
    }

    static String p(String... runs) {
        return "<w:p>" + String.join("", runs) + "</w:p>";
    }

    /** A paragraph of plain text. */
    static String para(String text) {
        return p(r(text));
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    static String struck(String text) {
        return "<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    static String lineBreak() {
        return "<w:r><w:br/></w:r>";
    }

    /** A Word 2010 check box content control whose state is {@code checked}, showing {@code shown}. */
    static String contentControlBox(boolean checked, String shown) {
        return "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
                + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent>" + r(shown) + "</w:sdtContent></w:sdt>";
    }

    /**
     * A legacy FORMCHECKBOX field: {@code checked} is the {@code w:checked} element or "" for none, and
     * {@code defaultValue} the value of {@code w:default}. Nothing visible is written.
     */
    static String legacyBox(String checked, String defaultValue) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:enabled/>"
                + "<w:calcOnExit w:val=\"0\"/><w:checkBox><w:sizeAuto/><w:default w:val=\"" + defaultValue + "\"/>"
                + checked + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    static String sym(String font, String hex) {
        return "<w:r><w:sym w:font=\"" + font + "\" w:char=\"" + hex + "\"/></w:r>";
    }

    static String table(String... rows) {
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>" + String.join("", rows) + "</w:tbl>";
    }

    static String row(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    /** A cell holding paragraphs ({@code w:p} elements); an empty cell gets one empty paragraph. */
    static String cell(String paragraphs) {
        return "<w:tc>" + (paragraphs.isEmpty() ? "<w:p/>" : paragraphs) + "</w:tc>";
    }

    static String textCell(String text) {
        return cell(text.isEmpty() ? "" : para(text));
    }

    static String spanCell(int span, String paragraphs) {
        return "<w:tc><w:tcPr><w:gridSpan w:val=\"" + span + "\"/></w:tcPr>"
                + (paragraphs.isEmpty() ? "<w:p/>" : paragraphs) + "</w:tc>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
