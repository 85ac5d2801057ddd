package vn.election.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final String NFC = "Trần Thị Hà";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void inputIsStoredAsNfcWithoutTheBlanksAroundIt() {
        assertEquals(NFC, Texts.nfc("  " + NFD + "\t"));
        assertEquals(NFC, Texts.nfc(NFD + " ", Texts.Whitespace.STRIP));
        assertNull(Texts.nfc(null));
    }

    @Test
    void anEventsTextIsMadeNfcAndKeepsItsBlanks() {
        assertEquals(" " + NFC + " ", Texts.nfc(" " + NFD + " ", Texts.Whitespace.KEEP));
        assertEquals(NFC, Texts.nfc(NFD, Texts.Whitespace.KEEP));
        assertNull(Texts.nfc(null, Texts.Whitespace.KEEP));
    }

    @Test
    void theSearchFormDropsDiacriticsCaseAndRepeatedBlanks() {
        assertEquals("nguyen thi huong", Texts.fold("  Nguyễn   Thị\tHương "));
        assertEquals("dang van duc", Texts.fold(Normalizer.normalize("Đặng Văn Đức", Normalizer.Form.NFD)));
    }
}
