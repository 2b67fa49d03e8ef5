import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for Vigil's start-up and memory: the smallest JavaFX window with text, started
 * the way Vigil is, so the difference is Vigil's own work. The main class is not the Application
 * (as org.vigil.Main is not): with JavaFX on the class path, Java refuses to start an Application
 * subclass directly ("JavaFX runtime components are missing").
 */
public final class MinimalWindow {

    private MinimalWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("A minimal JavaFX window")), 1280, 800));
            stage.setTitle("Minimal");
            stage.show();
        }
    }
}
