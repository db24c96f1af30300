package org.alpfaq.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process was started with, passed in so that tests can run commands in-process with
 * their own environment, standard input and terminal flags.
 */
record Context(Map<String, String> env, InputStream stdin, boolean stdinTerminal, boolean stdoutTerminal,
        boolean stderrTerminal, java.io.OutputStream stdout, java.io.OutputStream stderr) {

    Context(Map<String, String> env, InputStream stdin, boolean stdinTerminal, boolean stdoutTerminal, boolean stderrTerminal) {
        this(env, stdin, stdinTerminal, stdoutTerminal, stderrTerminal, java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream());
    }


    /** {@code $XDG_CONFIG_HOME/alpfaq/kb}, or {@code ~/.config/alpfaq/kb}. */
    Path userKbDir() {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "alpfaq", "kb");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".config", "alpfaq", "kb");
    }
}
