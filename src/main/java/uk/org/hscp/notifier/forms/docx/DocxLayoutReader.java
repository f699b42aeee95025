package uk.org.hscp.notifier.forms.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException.Kind;

/**
 * Reads a .docx (Office Open XML word-processing document) into a {@link Layout}. The archive is checked by
 * {@link ZipGuard} before POI opens it, and POI's own inflation limits are tightened for the whole process.
 * Tick boxes are read from the XML ({@code w14:checkbox/w14:checked}, {@code w:ffData/w:checkBox}), never
 * from POI's text, which shows a legacy check box from its default.
 */
public final class DocxLayoutReader {

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / ZipGuard.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(InflationCount.MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(ZipGuard.MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(8L * 1024 * 1024);
    }

    private DocxLayoutReader() {
    }

    public static Layout read(byte[] bytes) throws UnusableDocumentException {
        List<String> entries = ZipGuard.check(bytes);
        if (!entries.contains("[Content_Types].xml")) {
            throw new UnusableDocumentException(Kind.NOT_A_DOCUMENT, "a ZIP archive that is not an Office document");
        }
        InflationCount.check(bytes); // what the entries really inflate to, whatever their headers say
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            PackagePart main = mainPart(pkg);
            if (main == null || !main.getContentType().contains("wordprocessingml")) {
                throw new UnusableDocumentException(Kind.NOT_A_DOCUMENT, "an Office file that is not a Word document");
            }
            Document dom;
            try (InputStream in = main.getInputStream()) {
                dom = DocumentHelper.readDocument(in);
            }
            return new DocxWalker().walk(dom);
        } catch (UnusableDocumentException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw new UnusableDocumentException(Kind.UNREADABLE,
                    "the Word document is damaged or cannot be read (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
    }
}
