package uk.org.hscp.notifier.forms.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.ParaBuilder;
import uk.org.hscp.notifier.forms.layout.Row;
import uk.org.hscp.notifier.forms.layout.Symbols;

/** Walks the main part of a .docx (as DOM) into a {@link Layout}. Not thread-safe: one per document. */
final class DocxWalker {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /** Inline containers whose runs are part of the visible text. */
    private static final Set<String> INLINE_CONTAINERS =
            Set.of("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo", "bdo", "dir", "sdtContent");

    private final List<Row> rows = new ArrayList<>();
    private int tables;

    Layout walk(Document dom) {
        Element body = firstW(dom.getDocumentElement(), "body");
        if (body != null) {
            blocks(body);
        }
        return new Layout(rows);
    }

    private void blocks(Element parent) {
        for (Element e : children(parent)) {
            if (!isW(e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> {
                    ParaBuilder pb = new ParaBuilder();
                    paragraph(e, pb);
                    Cell cell = pb.toCell();
                    if (!cell.isBlank()) {
                        rows.add(new Row(List.of(cell), -1));
                    }
                }
                case "tbl" -> table(e);
                case "sdt" -> blocks(sdtContent(e));
                case "customXml", "ins", "moveTo" -> blocks(e);
                default -> {
                    // sectPr, bookmarks, deleted content: nothing visible
                }
            }
        }
    }

    private void table(Element tbl) {
        int index = tables++;
        for (Element tr : descendantsThroughWrappers(tbl, "tr")) {
            List<Cell> cells = new ArrayList<>();
            for (Element tc : descendantsThroughWrappers(tr, "tc")) {
                ParaBuilder pb = new ParaBuilder();
                cellContent(tc, pb);
                cells.add(pb.toCell());
            }
            rows.add(new Row(cells, index));
        }
    }

    /** Content of a cell: paragraphs, nested tables (flattened into paragraphs) and block content controls. */
    private void cellContent(Element parent, ParaBuilder pb) {
        for (Element e : children(parent)) {
            if (!isW(e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, pb);
                case "tbl" -> {
                    for (Element tr : descendantsThroughWrappers(e, "tr")) {
                        for (Element tc : descendantsThroughWrappers(tr, "tc")) {
                            cellContent(tc, pb);
                        }
                    }
                }
                case "sdt" -> {
                    Boolean box = w14Checkbox(e);
                    if (box != null) {
                        pb.box(box).endParagraph();
                    } else {
                        cellContent(sdtContent(e), pb);
                    }
                }
                case "customXml", "ins", "moveTo" -> cellContent(e, pb);
                default -> {
                    // tcPr and the like
                }
            }
        }
    }

    private void paragraph(Element p, ParaBuilder pb) {
        inline(p, pb);
        pb.endParagraph();
    }

    private void inline(Element parent, ParaBuilder pb) {
        for (Element e : children(parent)) {
            if (!isW(e)) {
                continue;
            }
            String name = e.getLocalName();
            if (name.equals("r")) {
                run(e, pb);
            } else if (name.equals("sdt")) {
                Boolean box = w14Checkbox(e);
                if (box != null) {
                    pb.box(box);
                } else {
                    inline(sdtContent(e), pb);
                }
            } else if (INLINE_CONTAINERS.contains(name)) {
                inline(e, pb);
            }
            // pPr, del, moveFrom, bookmarks, proofing marks, comments: nothing visible
        }
    }

    private void run(Element r, ParaBuilder pb) {
        Element rPr = firstW(r, "rPr");
        boolean struck = onOff(rPr, "strike") || onOff(rPr, "dstrike");
        boolean hidden = onOff(rPr, "vanish");
        for (Element e : children(r)) {
            if (!isW(e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> {
                    if (!hidden) {
                        pb.text(e.getTextContent(), struck);
                    }
                }
                case "tab", "ptab" -> pb.text(" ", struck);
                case "br", "cr" -> pb.endParagraph();
                case "noBreakHyphen" -> pb.text("-", struck);
                case "sym" -> Symbols.append(wAttr(e, "font"), wAttr(e, "char"), struck, pb);
                case "fldChar" -> {
                    Boolean box = legacyCheckbox(e);
                    if (box != null) {
                        pb.box(box);
                    }
                }
                default -> {
                    // instrText (field codes), delText, drawings, footnote references
                }
            }
        }
    }

    /** A legacy FORMCHECKBOX: {@code w:checked} wins (no value means ticked), else {@code w:default}. */
    static Boolean legacyCheckbox(Element fldChar) {
        Element ffData = firstW(fldChar, "ffData");
        Element checkBox = ffData == null ? null : firstW(ffData, "checkBox");
        if (checkBox == null) {
            return null;
        }
        Element checked = firstW(checkBox, "checked");
        if (checked != null) {
            return onOffValue(wAttr(checked, "val"));
        }
        Element dflt = firstW(checkBox, "default");
        return dflt != null && onOffValue(wAttr(dflt, "val"));
    }

    /** A Word 2010 check box content control: the state of {@code w14:checkbox/w14:checked}, else null. */
    static Boolean w14Checkbox(Element sdt) {
        Element sdtPr = firstW(sdt, "sdtPr");
        if (sdtPr == null) {
            return null;
        }
        for (Element e : children(sdtPr)) {
            if (W14.equals(e.getNamespaceURI()) && "checkbox".equals(e.getLocalName())) {
                for (Element c : children(e)) {
                    if (W14.equals(c.getNamespaceURI()) && "checked".equals(c.getLocalName())) {
                        return onOffValue(c.getAttributeNS(W14, "val"));
                    }
                }
                return false;
            }
        }
        return null;
    }

    private static Element sdtContent(Element sdt) {
        Element content = firstW(sdt, "sdtContent");
        return content != null ? content : sdt.getOwnerDocument().createElementNS(W, "sdtContent");
    }

    /** Children named {@code name}, looking through content controls and custom XML wrapping them. */
    private static List<Element> descendantsThroughWrappers(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element e : children(parent)) {
            if (!isW(e)) {
                continue;
            }
            if (e.getLocalName().equals(name)) {
                found.add(e);
            } else if (e.getLocalName().equals("sdt")) {
                found.addAll(descendantsThroughWrappers(sdtContent(e), name));
            } else if (e.getLocalName().equals("customXml")) {
                found.addAll(descendantsThroughWrappers(e, name));
            }
        }
        return found;
    }

    private static boolean onOff(Element rPr, String name) {
        if (rPr == null) {
            return false;
        }
        Element e = firstW(rPr, name);
        return e != null && onOffValue(wAttr(e, "val"));
    }

    /** ST_OnOff: an absent value means on. */
    static boolean onOffValue(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "0", "false", "off", "none" -> false;
            default -> true;
        };
    }

    private static String wAttr(Element e, String name) {
        String value = e.getAttributeNS(W, name);
        if (value == null || value.isEmpty()) {
            value = e.getAttributeNS(W_STRICT, name);
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean isW(Element e) {
        String ns = e.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    private static Element firstW(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
