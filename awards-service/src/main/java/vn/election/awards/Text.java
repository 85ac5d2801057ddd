package vn.election.awards;

import java.text.Normalizer;

/** Vietnamese text is stored as NFC (docs/architecture.md), stripped of surrounding blanks. */
public final class Text {

    private Text() {}

    /** NFC of the stripped text; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
