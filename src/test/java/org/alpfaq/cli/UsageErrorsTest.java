package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpfaq.i18n.Messages;
import org.alpfaq.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** A Chinese-speaking user who mistypes the command line is told what is wrong in Chinese, in one line, with exit 2. */
class UsageErrorsTest {
    static final Map<String, String> ZH = Map.of("LANG", "zh_CN.UTF-8");

    static Run zh(String commandLine) {
        return Run.with(ZH, "", false, commandLine.split(" "));
    }

    static void usageError(Run r, String line, String command) {
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of("alpfaq: " + line, "运行“" + command + " --help”查看更多信息。"), lines);
        assertEquals("", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "diagnose --top abc x        | --top 的值“abc”不是整数                          | alpfaq diagnose",
        "mirror probe --timeout 1.5  | --timeout 的值“1.5”不是整数                      | alpfaq mirror probe",
        "--color=blue list           | --color 的值“blue”无效，可选：auto、always、never | alpfaq",
        "list --json=yes             | 选项 --json 是开关，不接受值“yes”                | alpfaq list",
        "diagnose --top 1 --top 2 x  | 选项 --top 只能指定一次                          | alpfaq diagnose",
        "--lang zh --lang en list    | 选项 --lang 只能指定一次                         | alpfaq",
        "diagnose --top              | 选项 --top 需要一个值（N）                       | alpfaq diagnose",
        "--lang --json list          | 选项 --lang 需要一个值，但后面是“--json”         | alpfaq",
        "completion                  | 缺少必需的参数：SHELL                            | alpfaq completion",
        "completion bash zsh         | 未知的选项或参数：zsh                            | alpfaq completion",
        "list --jsn                  | 未知的选项或参数：--jsn                          | alpfaq list",
    })
    void picocliErrorsInChinese(String commandLine, String line, String command) {
        usageError(zh(commandLine.strip()), line.strip(), command.strip());
    }

    @Test
    void langOptionChoosesChineseToo() {
        usageError(Run.of("--lang", "zh", "diagnose", "--top", "abc", "x"), "--top 的值“abc”不是整数", "alpfaq diagnose");
    }

    @Test
    void englishKeepsPicocliWording() {
        Run r = Run.of("diagnose", "--top", "abc", "x");
        assertEquals(2, r.code());
        assertEquals(List.of("alpfaq: Invalid value for option '--top': 'abc' is not an int",
                "Try 'alpfaq diagnose --help' for more information."), r.err().lines().toList());
    }

    /** Checks alpfaq makes itself after parsing, said in Chinese like picocli's. */
    @Test
    void ownUsageErrorsInChinese() {
        Run top = zh("diagnose --top 0 x");
        assertEquals(2, top.code());
        assertEquals("alpfaq: --top 0：请给出 1 或更大的数", top.err().strip());
        Run root = zh("doctor --root /no/such/dir");
        assertEquals(2, root.code());
        assertEquals("alpfaq: --root /no/such/dir：目录不存在", root.err().strip());
        Run lang = zh("--lang fr list");
        assertEquals(2, lang.code());
        assertEquals("alpfaq: --lang fr：请使用 zh 或 en", lang.err().strip());
        assertEquals("alpfaq: --lang fr: use zh or en", Run.of("--lang", "fr", "list").err().strip());
    }

    /** The JSON error for a bad --lang asked --lang for its language again and died with a stack trace. */
    @Test
    void badLangWithJsonIsOneJsonErrorNotAStackTrace() {
        Run r = Run.of("--json", "--lang", "fr", "list");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("\"error\" : \"--lang fr: use zh or en\""), r.out());
        assertEquals("alpfaq: --lang fr: use zh or en", r.err().strip());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** No alpfaq option is in an exclusive group or has a fixed arity of 0 yet; the sentences are ready for when one is. */
    @CommandLine.Command(name = "demo")
    static final class Demo {
        static final class Either {
            @CommandLine.Option(names = "--fast")
            boolean fast;
            @CommandLine.Option(names = "--safe")
            boolean safe;
        }

        @CommandLine.ArgGroup(exclusive = true)
        Either either;

        @CommandLine.Option(names = "--flag", arity = "0")
        boolean flag;
    }

    static String zhMessage(String... args) {
        CommandLine.ParameterException ex = assertThrows(CommandLine.ParameterException.class,
                () -> new CommandLine(new Demo()).parseArgs(args));
        return UsageErrors.message(ex, new Messages(Lang.ZH));
    }

    @Test
    void exclusiveAndTooManyValuesInChinese() {
        assertEquals("--fast, --safe 不能同时使用", zhMessage("--fast", "--safe"));
        assertEquals("选项 --flag 是开关，不接受值“x”", zhMessage("--flag=x"));
    }
}
