package org.alpfaq.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build tool, run by Maven after shading: rewrites classes older than Java 6 (picocli ships Java 5
 * bytecode) to class-file version 52 with stack-map frames computed. Class-data sharing refuses
 * pre-Java-6 classes, so without this every start-up loads and verifies picocli from scratch.
 * Entries named after the jar (such as {@code kb.idx}) are stored uncompressed: every start reads
 * the whole index, and inflating it is time that a bigger knowledge base would multiply.
 * usage: ClassVersionBump JAR [ENTRY-TO-STORE...]
 */
public final class ClassVersionBump {
    private ClassVersionBump() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        java.util.Set<String> stored = java.util.Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
        int bumped = 0;
        try (JarFile in = new JarFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                OutputStream fos = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(fos)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                if (e.getName().endsWith(".class") && !e.getName().contains("module-info") && major(data) < 50) {
                    data = bump(data, loader);
                    bumped++;
                }
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                if (stored.contains(e.getName())) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    copy.setMethod(java.util.zip.ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[alpfaq] rewrote " + bumped + " pre-Java-6 classes to version 52 in " + jar);
    }

    static int major(byte[] c) {
        return c.length < 8 ? Integer.MAX_VALUE : ((c[6] & 0xFF) << 8) | (c[7] & 0xFF);
    }

    static byte[] bump(byte[] data, ClassLoader loader) {
        ClassReader reader = new ClassReader(data);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
