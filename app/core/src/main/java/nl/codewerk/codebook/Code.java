package nl.codewerk.codebook;

/**
 * A code in the codebook tree. {@code id} is stable across projects (merging coders' work
 * matches codes by it); {@code parentId} is null for a root.
 */
public record Code(
        String id,
        String parentId,
        int position,
        String name,
        String nameEn,
        String definition,
        String whenToUse,
        String whenNotToUse,
        String example,
        String color,
        CodeLevel level,
        boolean active,
        boolean core,
        String guid) {
}
