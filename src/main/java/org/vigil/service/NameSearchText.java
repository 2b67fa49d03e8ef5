package org.vigil.service;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.vigil.domain.patient.PersonName;

/**
 * What a patient is found by: the names as written, and for Chinese characters their pinyin
 * (with and without spaces) and initials, in lower case.
 */
final class NameSearchText {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private NameSearchText() {}

    static String of(PersonName name) {
        String written = (name.family() + " " + name.given()).toLowerCase(Locale.ROOT);
        // Chinese names are written without a space: 张伟, not 张 伟.
        String together = (name.family() + name.given()).toLowerCase(Locale.ROOT);
        String reversed = (name.given() + " " + name.family()).toLowerCase(Locale.ROOT);
        StringBuilder syllables = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String part : new String[] {name.family(), name.given()}) {
            for (int i = 0; i < part.length(); i++) {
                String syllable = pinyin(part.charAt(i));
                if (syllable != null) {
                    syllables.append(syllable).append(' ');
                    initials.append(syllable.charAt(0));
                }
            }
        }
        String spaced = syllables.toString().strip();
        return String.join("|", written, together, reversed, spaced, spaced.replace(" ", ""), initials.toString());
    }

    /** Query text in the same shape: lower case, spaces kept. */
    static String query(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    private static String pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].replace("u:", "v");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format rejected", e);
        }
    }
}
