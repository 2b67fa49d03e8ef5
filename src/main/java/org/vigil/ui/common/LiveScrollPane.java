package org.vigil.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane for content that changes every second (countdowns, flashing alarms).
 * {@link ScrollPaneSkin} keeps its viewport as a bitmap, which helps content that scrolls but
 * does not change; here every countdown tick threw the bitmap away and repainted all the
 * content into a new one, where without it only the changed text is repainted.
 */
public final class LiveScrollPane extends ScrollPane {

    public LiveScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        skin.getChildren().stream().filter(n -> n.getStyleClass().contains("viewport")).forEach(viewport -> viewport.setCache(false));
        return skin;
    }
}
