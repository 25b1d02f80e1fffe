package nl.codewerk.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hand-made exchange files for tests: a zip from named entries, and reading one back. */
final class QdpxFiles {

    private QdpxFiles() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of a text with a BOM in front, as NVivo for Windows writes them. */
    static byte[] utf8WithBom(String s) {
        byte[] text = utf8(s);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            entries.put((String) nameThenContent[i], content instanceof byte[] b ? b : utf8((String) content));
        }
        return entries;
    }

    static Path zip(Path file, Map<String, byte[]> entries) {
        try {
            Files.write(file, zipBytes(entries));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zipBytes(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** All entries of a zip file, name to bytes. */
    static Map<String, byte[]> read(Path zipFile) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A project.qde around the given body, in the given namespace (null for none). */
    static String project(String namespace, String attributes, String body) {
        String ns = namespace == null ? "" : " xmlns=\"" + namespace + "\"";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project" + ns + " name=\"test\" " + attributes + ">" + body + "</Project>";
    }
}
