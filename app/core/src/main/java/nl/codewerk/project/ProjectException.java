package nl.codewerk.project;

import nl.codewerk.i18n.LocalizedException;

/** A project that cannot be opened or changed as asked: not a project, locked, too new, ... */
public class ProjectException extends LocalizedException {

    public ProjectException(String key, Object... args) {
        super(key, args);
    }

    public ProjectException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
