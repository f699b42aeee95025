package uk.org.hscp.notifier.forms.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException.Kind;

/**
 * Reads an OLE2 compound file: a Word 97 .doc becomes a {@link Layout}; a password-protected Office
 * document (an encrypted .docx is an OLE2 file too, as is an encrypted .doc) is refused as such; any other
 * OLE2 file (a spreadsheet, an Outlook message) is not a document that could hold a form.
 */
public final class DocLayoutReader {

    private DocLayoutReader() {
    }

    public static Layout read(byte[] bytes) throws UnusableDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnusableDocumentException(Kind.PASSWORD_PROTECTED, "the Word document is password-protected");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnusableDocumentException(Kind.NOT_A_DOCUMENT, "an Office file that is not a Word document");
            }
            try (HWPFDocument doc = new HWPFDocument(root)) {
                return new DocWalker(doc).walk();
            }
        } catch (UnusableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnusableDocumentException(Kind.PASSWORD_PROTECTED, "the Word document is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new UnusableDocumentException(Kind.UNREADABLE,
                    "the Word 97 document is damaged or cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
