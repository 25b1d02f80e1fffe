package nl.codewerk.codebook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A codebook as written in {@code codebook/*.json} (the format is described in
 * {@code codebook/README.md}). Read with Jackson; unknown fields are ignored so newer files
 * still load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodebookFile(String format, Integer formatVersion, String id, String name, String nameEn, String description,
        String descriptionEn, List<Entry> codes, List<Relation> relations, CoreCategory coreCategory) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public CodebookFile {
        codes = codes == null ? List.of() : List.copyOf(codes);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String name, String nameEn, String level, String color, String definition, String definitionEn,
            String whenToUse, String whenNotToUse, String example, List<Entry> children) {

        public Entry {
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Relation(String from, String to, String type, String rationale, String rationaleEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoreCategory(String code, String rationale, String rationaleEn) {
    }

    public static CodebookFile read(InputStream in) throws IOException {
        CodebookFile file = JSON.readValue(in, CodebookFile.class);
        if (file.codes().isEmpty() && !"empty".equals(file.id())) {
            throw new IOException("no codes");
        }
        return file;
    }

    public static CodebookFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new CodebookException("codebook.unreadableFile", path.getFileName(), e.getMessage());
        }
    }

    /** A codebook shipped inside Codewerk: "jim" or "samenwerking". */
    public static CodebookFile bundled(String id) {
        String resource = "/codewerk/codebook/" + id + "-codebook.json";
        try (InputStream in = CodebookFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CodebookException("codebook.unknownBundled", id);
            }
            return read(in);
        } catch (IOException e) {
            throw new CodebookException("codebook.unreadableFile", resource, e.getMessage());
        }
    }

    public int size() {
        return count(codes);
    }

    private static int count(List<Entry> entries) {
        int n = 0;
        for (Entry e : entries) {
            n += 1 + count(e.children());
        }
        return n;
    }
}
