package uk.org.hscp.notifier.forms.doc;

/**
 * The state of a Word 97 FORMCHECKBOX field, from the Data stream. Per [MS-DOC], the field-begin character's
 * sprmCPicLocation points at a NilPICFAndBinData (lcb, cbHeader = 0x44, 62 ignored bytes) whose binData is an
 * FFData: version 0xFFFFFFFF, then bits with iType (1 = check box) and iRes (0 unchecked, 1 checked, 25 use
 * the default), then cch, hps, xstzName, and for a check box wDef, the default state.
 */
final class FormFieldData {

    private static final int HEADER = 0x44;

    private FormFieldData() {
    }

    /** The check box's state, or {@code null} when the data is missing or not a check box's. */
    static Boolean checkBoxState(byte[] data, int offset) {
        if (data == null || offset < 0 || offset + HEADER + 10 > data.length) {
            return null;
        }
        if (u16(data, offset + 4) != HEADER) {
            return null;
        }
        int ff = offset + HEADER;
        if (u32(data, ff) != 0xFFFFFFFFL) {
            return null;
        }
        int bits = u16(data, ff + 4);
        int type = bits & 0x3;
        int result = (bits >> 2) & 0x1F;
        if (type != 1) {
            return null;
        }
        if (result == 0 || result == 1) {
            return result == 1;
        }
        // iRes 25: the default, wDef, after the 10-byte base and the name (an Xstz: cch, chars, terminator)
        int name = ff + 10;
        if (name + 2 > data.length) {
            return null;
        }
        int wDef = name + 2 + u16(data, name) * 2 + 2;
        return wDef + 2 <= data.length ? u16(data, wDef) != 0 : null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return ((long) u16(b, i)) | ((long) u16(b, i + 2)) << 16;
    }
}
