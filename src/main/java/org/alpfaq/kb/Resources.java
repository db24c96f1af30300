package org.alpfaq.kb;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens alpfaq's own class-path resources (the compiled index, entry bodies, messages). Run as
 * {@code java -jar alpfaq.jar}, they are read straight from the jar: the class loader would first
 * search the JDK's own modules and go through URL handlers, several milliseconds of every start.
 * Otherwise (tests, an IDE) the class loader is asked.
 */
public final class Resources {
    private static final ZipFile JAR = openJar();

    private Resources() {}

    private static ZipFile openJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.endsWith(".jar") && cp.indexOf(File.pathSeparatorChar) < 0) {
            try {
                return new ZipFile(cp); // shares the directory the class loader has read already
            } catch (IOException e) {
                return null; // the class loader still works
            }
        }
        return null;
    }

    /** The resource at {@code name} (no leading '/'), or null when there is none. */
    public static InputStream open(String name) throws IOException {
        if (JAR != null) {
            ZipEntry e = JAR.getEntry(name);
            if (e != null) {
                return JAR.getInputStream(e);
            }
        }
        return Resources.class.getClassLoader().getResourceAsStream(name);
    }
}
