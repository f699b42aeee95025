package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Format detection by content and the refusals that protect the service. */
class FormReaderTests {

    private static final FormReader READER = new FormReader();

    @Test
    void passwordProtectedWordDocumentIsUnreadableAndSaysSo() throws Exception {
        byte[] encrypted = encrypt(ReferralFixture.valid().toDocx(), "secret");

        ReadResult result = READER.read(encrypted, FormReading.TODAY);

        assertThat(result).isEqualTo(new ReadResult.Unreadable("the Word document is password-protected", true));
    }

    @Test
    void zipWhoseDirectoryUnderstatesItsSizesIsStoppedWhileInflating() throws IOException {
        byte[] liar = understated(bombDocx(40 * 1024 * 1024));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());

        ReadResult result = READER.read(liar, FormReading.TODAY);

        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(result).isInstanceOf(ReadResult.Unreadable.class);
        // the directory check was fooled; counting what really inflates stopped it (POI's own limits are behind)
        assertThat(((ReadResult.Unreadable) result).reason()).startsWith("a part of the file expands beyond 32 MiB");
        assertThat(allocated).as("bytes allocated before the inflation count stopped it").isLessThan(32L << 20);
    }

    @Test
    void zipWithTooManyEntriesIsRefusedUnopened() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 1001; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
                zip.closeEntry();
            }
        }
        assertThat(READER.read(bytes.toByteArray(), FormReading.TODAY)).isInstanceOf(ReadResult.Unreadable.class);
    }

    @Test
    void zipThatIsNotAWordDocumentIsNotAForm() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[100]);
            zip.closeEntry();
        }
        assertThat(READER.read(bytes.toByteArray(), FormReading.TODAY)).isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void anythingElseIsNotAForm() {
        assertThat(READER.read("Dear colleague".getBytes(StandardCharsets.UTF_8), FormReading.TODAY))
                .isInstanceOf(ReadResult.NotAForm.class);
        assertThat(READER.read(new byte[0], FormReading.TODAY)).isInstanceOf(ReadResult.NotAForm.class);
        assertThat(READER.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, FormReading.TODAY))
                .isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void oleFileThatIsNotAWordDocumentIsNotAForm() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(bytes);
        }
        assertThat(READER.read(bytes.toByteArray(), FormReading.TODAY)).isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void wordDocumentThatIsNoneOfTheFormsIsNotAForm() {
        byte[] letter = DocxFixture.docx(DocxFixture.para("Dear colleague,") + DocxFixture.para("Referral Form"));
        assertThat(READER.read(letter, FormReading.TODAY)).isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void damagedPdfIsUnreadable() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthen nothing".getBytes(StandardCharsets.US_ASCII);
        assertThat(READER.read(damaged, FormReading.TODAY)).isInstanceOf(ReadResult.Unreadable.class);
    }

    /** A .docx-shaped ZIP whose document.xml is {@code size} bytes of spaces (it compresses about 1000:1). */
    static byte[] bombDocx(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Rewrites every central directory entry to claim an expanded size of 1000 bytes. */
    static byte[] understated(byte[] zip) {
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buf.getInt(i) == 0x02014b50) {
                buf.putInt(i + 24, 1000);
            }
        }
        return zip;
    }

    static byte[] encrypt(byte[] docx, String password) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(docx);
            }
            fs.writeFilesystem(bytes);
        }
        return bytes.toByteArray();
    }
}
