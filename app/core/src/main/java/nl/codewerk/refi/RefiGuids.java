package nl.codewerk.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs as REFI-QDA spells them: 8-4-4-4-12 hex digits in either letter case, optionally in
 * braces. We store and compare them in one spelling (lower case, no braces) because the project's
 * guid columns are unique case-sensitively and tools differ in the case they write.
 */
final class RefiGuids {

    private static final Pattern BARE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RefiGuids() {
    }

    /**
     * The one spelling of a GUID read from a file. A value that is no GUID at all (some tools
     * write such things) gets a GUID derived from it, so definitions and references written the
     * same way still meet; null stays null.
     */
    static String key(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (v.startsWith("{") && v.endsWith("}")) {
            v = v.substring(1, v.length() - 1).strip();
        }
        if (BARE.matcher(v).matches()) {
            return v.toLowerCase(Locale.ROOT);
        }
        return derived("invalid-guid", raw.strip());
    }

    static boolean isValid(String guid) {
        return guid != null && BARE.matcher(guid).matches();
    }

    /** A GUID computed from a name, the same every time: for things we store without a GUID. */
    static String derived(String kind, String name) {
        return UUID.nameUUIDFromBytes(("codewerk:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stored GUID as the schema accepts it; a stored value that is no GUID is replaced stably. */
    static String forExport(String kind, String stored) {
        if (isValid(stored)) {
            return stored.toLowerCase(Locale.ROOT);
        }
        return derived(kind, String.valueOf(stored));
    }
}
