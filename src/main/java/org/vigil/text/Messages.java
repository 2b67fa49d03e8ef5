package org.vigil.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;

/**
 * User-visible words in English and Simplified Chinese. Every screen and command takes its text
 * from here, so a refusal reads the same in the GUI and on the command line.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);
    private static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: English is the base bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages(supported(locale));
    }

    /** The supported locale closest to the one asked for: Chinese for any zh, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must show something a person can report, not crash a screen.
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] instanceof Refusal.Phrase phrase ? get(phrase.messageKey()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String refusal(Refusal refusal) {
        // A refusal may quote another (the warning that was not acknowledged), or a list of them
        // (every finding that stops a course, one per line): say them in words too.
        return get(refusal.messageKey(), refusal.args().stream().map(arg -> words(refusal, arg)).toArray());
    }

    /** What a person reads when an action was not done: its refusal, or every field's problem in turn. */
    public String notDone(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Done<?> done -> throw new IllegalArgumentException("done: " + done.value());
            case Outcome.Refused<?> refused -> refusal(refused.refusal());
            case Outcome.Invalid<?> invalid -> String.join(" ", invalid.problems().stream().map(p -> refusal(p.refusal())).toList());
        };
    }

    private Object words(Refusal refusal, Object arg) {
        return switch (arg) {
            // ROLE-2 names the permission for the audit trail; a person reads who may do it ("Only a prescriber …").
            case String permission when refusal.messageKey().equals("refused.role") && has("refused.role.who." + permission) ->
                    get("refused.role.who." + permission);
            case Refusal inner -> refusal(inner);
            // A moment in a sentence reads as every screen writes times (issue 15, item 10).
            case java.time.ZonedDateTime moment -> new TimeWords(this, moment.getZone()).dateTime(moment.toInstant());
            case List<?> list when list.stream().allMatch(Refusal.class::isInstance) ->
                    String.join("\n", list.stream().map(r -> refusal((Refusal) r)).toList());
            default -> arg;
        };
    }

    /** The program's version, from the build. */
    public static String version() {
        try (InputStream in = Messages.class.getResourceAsStream("/vigil/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
