package org.vigil.ui.alarm;

import javafx.scene.shape.SVGPath;

/** A speaker with a cross, drawn rather than taken from a font: not every font has the emoji. */
final class MutedSpeaker extends SVGPath {

    MutedSpeaker() {
        setContent("M2 6 H5 L9 2 V14 L5 10 H2 Z "
                + "M10.5 6 L11.5 5 L13.5 7 L15.5 5 L16.5 6 L14.5 8 L16.5 10 L15.5 11 L13.5 9 L11.5 11 L10.5 10 L12.5 8 Z");
        getStyleClass().add("muted-speaker");
    }
}
