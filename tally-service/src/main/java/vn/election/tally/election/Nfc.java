package vn.election.tally.election;

import java.text.Normalizer;

/** Vietnamese text is stored in Unicode NFC, whatever form the producer sent. */
public final class Nfc {

    private Nfc() {}

    public static String of(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
