package nl.codewerk.ui.workbench;

/** Moves the keyboard focus to a pane (View menu accelerators). */
interface PaneFocus {

    void transcripts();

    void codebook();

    void text();

    void side();
}
