package org.vigil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What people paste into Vigil's fields, for the fuzz suite (issue 14, item 7): random text,
 * boundary cases (huge exponents, strings just over each column's size, whitespace floods,
 * fullwidth digits, control characters, right-to-left marks, surrogate pairs, Chinese) and
 * mutations of valid input (a piece inserted or repeated, digits made fullwidth, an exponent
 * appended). Each entry point mixes all three. Generators for {@link ForAll}: seeded, so a CI
 * run sees the same inputs every time.
 */
public final class FuzzText {

    /** Column sizes in the schema (and one past them): where a missing length check shows. */
    private static final int[] LENGTHS = {39, 40, 41, 60, 61, 99, 100, 101, 199, 200, 201, 399, 400, 401, 999, 1000, 1001,
            1999, 2000, 2001, 3941, 3942, 4000, 4001, 8001, 30_000, 100_000};

    private static final List<String> PIECES = List.of(
            "1e+10000000", "1e2147483648", "1E2147483648", "1e-2147483649", "-1e999", "9".repeat(400), "0." + "0".repeat(398) + "1",
            "NaN", "Infinity", "-0", "+", ".", ",", "1,5", "1.2.3", "0x1F", "١٢٣", "１２３．５", "Ｐ１９００００１", "P1900001",
            "\u0000", "\u0007", "\u001b[31m", "\r\n", "\t", "\u00a0", "\u3000", "\u200b", "\u200f", "\u202e", "\ufeff",
            "😀", "\ud840\udc00", "\ud800", "\udc00", "张伟", "曾单解", "李小龙", "𠀀", "'; DROP TABLE patient; --", "\\", ";", "=",
            "%s", "{0}", "${x}", "<b>", "@", "@@", "a@b.c", "+44 (0)20 7946-0001", "/", "//", "152/94", " / ");
    private static final List<String> FILLERS = List.of("x", " ", "\t", "\u3000", "张", "😀", "9", "９", ";", "\\", "=", "/", "@",
            "\u202e", "\u0000");
    private static final List<String> WHITESPACE = List.of(" ", "\t", "\u00a0", "\u3000", "\n");
    private static final List<String> SIGNS = List.of("", "-", "+", " ");
    private static final List<String> FRACTIONS = List.of("", ".", ",", ".5", ",25", ".0000001");
    private static final List<String> EXPONENT_MARKS = List.of("", "e", "E", "e+", "e-", "E-");
    private static final List<String> EXPONENTS = List.of("", "0", "1", "3990", "4000", "10000000", "2147483647", "2147483648",
            "99999999999");

    private FuzzText() {}

    /** Any text: random (3 in 10), boundary (3 in 10) or a mutation of one of the valid seeds (4 in 10). */
    public static String typed(SplittableRandom r, String... seeds) {
        int kind = r.nextInt(10);
        return kind < 3 ? random(r) : kind < 6 ? boundary(r, seeds) : mutated(r, seeds);
    }

    /** Numbers as typed into a weight, dose, rate or setting field: half shaped like numbers, half any text. */
    public static String numbers(SplittableRandom r, String... seeds) {
        if (r.nextBoolean()) {
            return typed(r, seeds);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = r.nextInt(13); i > 0; i--) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        String mark = pick(r, EXPONENT_MARKS);
        return pick(r, SIGNS) + digits + pick(r, FRACTIONS) + (mark.isEmpty() ? "" : mark + pick(r, EXPONENTS));
    }

    /** Smaller texts that may fail the same way, most aggressive first: for {@link ForAll#shrinkWith}. */
    public static List<String> shrink(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> smaller = new ArrayList<>();
        smaller.add("");
        int half = text.length() / 2;
        if (half > 0 && !Character.isLowSurrogate(text.charAt(half))) {
            smaller.add(text.substring(0, half));
            smaller.add(text.substring(half));
        }
        smaller.add(text.substring(1));
        smaller.add(text.substring(0, text.length() - 1));
        return smaller;
    }

    private static String random(SplittableRandom r) {
        int length = r.nextInt(80);
        StringBuilder out = new StringBuilder(length);
        int kind = r.nextInt(3);
        for (int i = 0; i < length; i++) {
            switch (kind) {
                case 0 -> out.appendCodePoint(anyCodePoint(r));
                case 1 -> out.append((char) (' ' + r.nextInt(95)));
                default -> out.append((char) (0x4e00 + r.nextInt(0x9fa5 - 0x4e00)));
            }
        }
        return out.toString();
    }

    /** Any code point, lone surrogates and controls included: what a broken paste can hold. */
    private static int anyCodePoint(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0x80);
            case 1 -> r.nextInt(0x10000);
            case 2 -> 0x10000 + r.nextInt(0x10FFFF - 0x10000);
            default -> 0xD800 + r.nextInt(0x800);
        };
    }

    private static String boundary(SplittableRandom r, String... seeds) {
        String seed = seeds.length == 0 ? "x" : seeds[r.nextInt(seeds.length)];
        return switch (r.nextInt(3)) {
            case 0 -> pick(r, PIECES);
            case 1 -> {
                String filler = pick(r, FILLERS);
                int length = LENGTHS[r.nextInt(LENGTHS.length)];
                yield seed + filler.repeat(Math.max(0, length - seed.length()) / filler.length());
            }
            default -> {
                int middle = seed.length() / 2;
                int[] floods = {1_000, 30_000, 100_000};
                yield seed.substring(0, middle) + pick(r, WHITESPACE).repeat(floods[r.nextInt(floods.length)]) + seed.substring(middle);
            }
        };
    }

    private static String mutated(SplittableRandom r, String... seeds) {
        String seed = seeds.length == 0 ? pick(r, PIECES) : seeds[r.nextInt(seeds.length)];
        String piece = pick(r, PIECES);
        int at = seed.isEmpty() ? 0 : r.nextInt(seed.length() + 1);
        int times = 1 + r.nextInt(3000);
        return switch (r.nextInt(6)) {
            case 0 -> seed.substring(0, at) + piece + seed.substring(at);
            case 1 -> seed.substring(0, at) + piece.repeat(Math.min(times, 30_000 / Math.max(1, piece.length()))) + seed.substring(at);
            case 2 -> fullwidth(seed);
            case 3 -> seed + "e" + times + "0000";
            case 4 -> seed.repeat(Math.min(times, 4_001 / Math.max(1, seed.length()) + 1));
            default -> seed.substring(0, at) + (char) r.nextInt(0x20) + seed.substring(at);
        };
    }

    /** ASCII letters and digits as their fullwidth forms (Ｐ１９...), as a Chinese input method types them. */
    public static String fullwidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c);
        }
        return out.toString();
    }

    public static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
