package uk.org.hscp.notifier.forms.layout;

import java.util.Locale;

/**
 * Word's symbol characters ({@code w:sym} in .docx, symbol runs in .doc). In the Wingdings fonts the character code is not Unicode, so the common
 * box and tick symbols are mapped here; in other fonts the code is taken as Unicode.
 */
public final class Symbols {

    private Symbols() {
    }

    public static void append(String font, String hex, boolean struck, ParaBuilder pb) {
        if (hex == null) {
            return;
        }
        int code;
        try {
            code = Integer.parseInt(hex.trim(), 16);
        } catch (NumberFormatException e) {
            return;
        }
        String f = font == null ? "" : font.toLowerCase(Locale.ROOT);
        int low = code & 0xFF;
        boolean privateUse = code >= 0xF000 && code <= 0xF0FF;
        if (f.startsWith("wingdings 2")) {
            switch (low) {
                case 0x52, 0x53, 0x54, 0x51 -> pb.box(true);
                case 0xA3, 0x2A -> pb.box(false);
                case 0x50 -> pb.text("\u2713", struck);
                default -> {
                    // some other picture
                }
            }
        } else if (f.startsWith("wingdings")) {
            switch (low) {
                case 0xFE, 0x78, 0xFD -> pb.box(true);
                case 0xA8, 0x6F, 0x71 -> pb.box(false);
                case 0xFC -> pb.text("\u2713", struck);
                default -> {
                    // some other picture
                }
            }
        } else if (privateUse) {
            pb.text(String.valueOf((char) low), struck);
        } else {
            pb.text(new String(Character.toChars(code)), struck);
        }
    }
}
