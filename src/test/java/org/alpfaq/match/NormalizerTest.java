package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ERROR\u001B[31m:\u001B[0m bad | ERROR: bad",
        "ERROR: bad\r | ERROR: bad",
        "> ERROR: quoted | ERROR: quoted",
        "> > ERROR: twice quoted | ERROR: twice quoted",
        "Mar 26 04:56:37 node27091-nnc-prod daemon.info init: process exited | init: process exited",
        "Dec 31 23:59:59 test daemon.info init: can't open /dev/tty3 | init: can't open /dev/tty3",
        "Mar  2 18:52:00 alpine auth.err getty[5407]: tcgetattr: I/O error^M | getty[5407]: tcgetattr: I/O error",
        "2024-05-01T10:00:00.1234567Z ERROR: x | ERROR: x",
        "[2024-05-01 10:00:00] ERROR: x | ERROR: x",
        "[    3.141592] usb 1-1: new device | usb 1-1: new device",
        "#7 0.532 ERROR: unable to select packages: | ERROR: unable to select packages:",
        "Step 16/21 : RUN apk add foo | RUN apk add foo",
        "user@host:~$ apk add foo | apk add foo",
        "core@ip-192-168-254-21 ~ $ toolbox sh | toolbox sh",
        "lima-rancher-desktop:~# tail -f /var/log/messages | tail -f /var/log/messages",
        "/ # exit | exit",
        "$ apk update | apk update",
        "\t  foo (no such package): | foo (no such package):",
        "#include <stdio.h> | #include <stdio.h>",
        "env: can't execute 'sh\r': No such file | env: can't execute 'sh^M': No such file",
    })
    void stripsWhatPastesCarry(String raw, String clean) {
        assertEquals(clean, Normalizer.clean(raw));
    }

    @Property(tries = 500)
    void cleanIsIdempotentAndNeverThrows(@ForAll String line) {
        String once = Normalizer.clean(line);
        assertEquals(once, Normalizer.clean(once));
    }

    @Property(tries = 300)
    void safeForTerminalLeavesNoControls(@ForAll String text) {
        String s = Normalizer.safeForTerminal(text);
        for (char c : s.toCharArray()) {
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            assertEquals(false, control, "control char " + (int) c + " in " + s);
        }
    }
}
