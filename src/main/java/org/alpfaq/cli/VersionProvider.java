package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.alpfaq.kb.KbLoader;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version and the bundled knowledge base's size and revision. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/alpfaq/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "alpfaq " + p.getProperty("version", "dev"),
            "knowledge base: " + KbLoader.bundledEntries().size() + " entries, revision " + KbLoader.bundledRevision(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
