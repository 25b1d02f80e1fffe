package nl.codewerk.ui.common;

import java.util.Optional;

/**
 * What is being dragged inside the window (a stretch of text, a code). The workbench uses
 * JavaFX's press-drag-release gesture rather than the system clipboard, so dragging works the
 * same on every platform and in headless tests; this holds what the gesture carries.
 */
public final class DragPayload {

    private Object payload;

    public void start(Object value) {
        payload = value;
    }

    /** Takes what is being dragged if it is of the given type. */
    public <T> Optional<T> take(Class<T> type) {
        if (type.isInstance(payload)) {
            T value = type.cast(payload);
            payload = null;
            return Optional.of(value);
        }
        return Optional.empty();
    }

    public <T> boolean carries(Class<T> type) {
        return type.isInstance(payload);
    }
}
