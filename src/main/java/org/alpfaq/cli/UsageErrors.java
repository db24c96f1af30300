package org.alpfaq.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alpfaq.i18n.Messages;
import org.alpfaq.kb.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's usage errors in the user's language. picocli words them in English only, and its
 * English is kept as it is; in Chinese each kind a user can meet gets its own sentence, built from
 * what the exception carries (the option, the value, its type) rather than from its English text.
 */
final class UsageErrors {
    private UsageErrors() {}

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    // Three kinds carry their facts only in the message; its wording has been stable since picocli 4.0.
    private static final Pattern EXPECTED = Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'");
    private static final Pattern WITHOUT = Pattern.compile("option '([^']+)' should be specified without '(.*)' parameter");
    private static final Pattern EXCLUSIVE = Pattern.compile("(?:Error: )?(.+) are mutually exclusive");

    /** The one line to print after "alpfaq: ". */
    static String message(CommandLine.ParameterException ex, Messages msg) {
        if (msg.lang() != Lang.ZH) {
            return ex.getMessage();
        }
        String text = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return msg.get("usage.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            Matcher e = EXPECTED.matcher(text);
            if (e.find()) {
                return msg.get("usage.expected", e.group(1), e.group(2));
            }
            List<ArgSpec> missing = m.getMissing() == null ? List.of() : m.getMissing();
            if (missing.size() == 1 && missing.get(0).isOption() && text.contains("parameter for option")) {
                return msg.get("usage.missing.value", name(missing.get(0)), missing.get(0).paramLabel());
            }
            return msg.get("usage.missing", missing.stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return msg.get("usage.overwritten", name(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            Matcher w = WITHOUT.matcher(text);
            return w.find() ? msg.get("usage.no-value", w.group(1), w.group(2)) : msg.get("usage.other", text);
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            Matcher x = EXCLUSIVE.matcher(text);
            return x.find() ? msg.get("usage.exclusive", x.group(1)) : msg.get("usage.other", text);
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), msg);
        }
        return msg.get("usage.other", text);
    }

    /** A value picocli could not convert: say what the option takes instead. */
    private static String badValue(ArgSpec arg, String value, Messages msg) {
        Class<?> type = arg.type();
        if (INTEGERS.contains(type)) {
            return msg.get("usage.not-integer", name(arg), value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return msg.get("usage.no-value", name(arg), value);
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
            return msg.get("usage.choices", name(arg), value, choices);
        }
        return msg.get("usage.bad-value", name(arg), value);
    }

    /** --top rather than -n, --top; a positional parameter by its label (SHELL). */
    private static String name(ArgSpec arg) {
        return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    }
}
