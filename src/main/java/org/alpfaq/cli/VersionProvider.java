package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.alpfaq.i18n.Messages;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Lang;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code --version}: the tool's version and the bundled knowledge base's size and revision. */
final class VersionProvider implements IVersionProvider {
    /** The command that asked; picocli injects it into version providers. */
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/alpfaq/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Messages msg = new Messages(lang());
        return new String[] {
            "alpfaq " + p.getProperty("version", "dev"),
            msg.get("version.kb", KbLoader.bundledEntries().size(), KbLoader.bundledRevision()),
            msg.get("version.java", System.getProperty("java.version"), System.getProperty("java.vm.name"))
        };
    }

    /**
     * The root command's --lang once parsed, else the environment, as {@link Cli#langOf} does. An
     * unusable --lang is not an error here: the version is still worth printing.
     */
    Lang lang() {
        Object root = spec == null ? null : spec.root().userObject();
        if (root instanceof AlpfaqCommand a) {
            return a.langOrEnvironment();
        }
        return Lang.fromEnvironment(System.getenv());
    }
}
