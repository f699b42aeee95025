package uk.org.hscp.notifier.forms.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The Word 97 FORMCHECKBOX state, from Data-stream bytes laid out here as [MS-DOC] describes them
 * (NilPICFAndBinData holding an FFData). No Word 97 file with such a field was at hand to check against.
 */
class FormFieldDataTests {

    /** A Data stream with, at offset 16, a check box's FFData with the given iRes and default. */
    static byte[] checkBoxData(int iRes, int wDef, int cbHeader) {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.position(16);
        b.putInt(120);                       // lcb
        b.putShort((short) cbHeader);        // cbHeader, 0x44
        b.position(16 + 0x44);
        b.putInt(0xFFFFFFFF);                // FFData.version
        b.putShort((short) (1 | iRes << 2)); // bits: iType 1 (check box), iRes
        b.putShort((short) 0);               // cch
        b.putShort((short) 20);              // hps
        b.putShort((short) 6);               // xstzName: 6 characters
        for (char c : "Check1".toCharArray()) {
            b.putChar(c);
        }
        b.putShort((short) 0);               // terminator
        b.putShort((short) wDef);            // wDef
        return b.array();
    }

    @Test
    void checkedResultIsTicked() {
        assertThat(FormFieldData.checkBoxState(checkBoxData(1, 0, 0x44), 16)).isTrue();
    }

    @Test
    void uncheckedResultIsNotTickedWhateverTheDefault() {
        assertThat(FormFieldData.checkBoxState(checkBoxData(0, 1, 0x44), 16)).isFalse();
    }

    @Test
    void resultTwentyFiveFallsBackToTheDefault() {
        assertThat(FormFieldData.checkBoxState(checkBoxData(25, 1, 0x44), 16)).isTrue();
        assertThat(FormFieldData.checkBoxState(checkBoxData(25, 0, 0x44), 16)).isFalse();
    }

    @Test
    void dataThatIsNotACheckBoxsGivesNoState() {
        assertThat(FormFieldData.checkBoxState(checkBoxData(1, 0, 0x40), 16)).isNull();
        assertThat(FormFieldData.checkBoxState(new byte[10], 0)).isNull();
        assertThat(FormFieldData.checkBoxState(null, 0)).isNull();
        assertThat(FormFieldData.checkBoxState(checkBoxData(1, 0, 0x44), 190)).isNull();
    }
}
