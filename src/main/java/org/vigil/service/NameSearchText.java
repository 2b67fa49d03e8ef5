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

    /** The patient.search_text column's size. */
    static final int MAX_CHARACTERS = 8000;

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
        java.util.List<String> syllables = new java.util.ArrayList<>();
        for (char c : (name.family() + name.given()).toCharArray()) {
            java.util.List<String> readings = readings(c);
            if (!readings.isEmpty()) {
                syllables.add(readings.getFirst());
            }
        }
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(written, together, reversed));
        addPinyin(parts, syllables);
        // Surnames such as 曾 (Zeng), 单 (Shan) or 解 (Xie) are read differently from the common
        // word: index every reading of the surname's first character.
        if (!name.family().isEmpty() && !syllables.isEmpty()) {
            for (String reading : readings(name.family().charAt(0)).stream().skip(1).toList()) {
                java.util.List<String> variant = new java.util.ArrayList<>(syllables);
                variant.set(0, reading);
                addPinyin(parts, variant);
            }
        }
        return bounded(parts);
    }

    /**
     * The parts joined, most useful first, leaving out any that would take the text past its
     * column: issue 14 found two valid 100-character Chinese names whose every surname reading
     * came to more than 8 000 characters and failed the write. The name as written and its most
     * common reading always fit; it is the extra surname readings that are dropped.
     */
    static String bounded(java.util.List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            int needed = (text.isEmpty() ? 0 : 1) + part.length();
            if (text.length() + needed > MAX_CHARACTERS) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('|');
            }
            text.append(part);
        }
        return text.toString();
    }

    private static void addPinyin(java.util.List<String> parts, java.util.List<String> syllables) {
        if (syllables.isEmpty()) {
            return;
        }
        String spaced = String.join(" ", syllables);
        parts.add(spaced);
        parts.add(spaced.replace(" ", ""));
        parts.add(syllables.stream().map(x -> x.substring(0, 1)).collect(java.util.stream.Collectors.joining()));
    }

    /** Query text in the same shape: lower case, spaces kept. */
    static String query(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The pinyin readings of a character, most common first; empty for non-Chinese characters. */
    private static java.util.List<String> readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? java.util.List.of()
                    : java.util.Arrays.stream(readings).map(r -> r.replace("u:", "v")).distinct().toList();
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format rejected", e);
        }
    }
}
