package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.register.Product;
import org.vigil.ui.FloorFixture;

/** Issue 12: the product catalogue without a toolkit — the manager adds, retires and brings back products. */
class ProductCatalogueModelTest {

    @TempDir
    Path dir;

    private FloorFixture f;
    private Actor manager;
    private ProductCatalogueModel catalogue;
    private int booksReloaded;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        manager = f.clinic.person("manager.zhou", "the manager reads the monthly book", Role.MANAGER);
        catalogue = new ProductCatalogueModel(f.services(), f.ui, () -> manager, () -> booksReloaded++);
        catalogue.refresh();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    @DisplayName("PROD-3 the manager adds an IV product: a missing mL is said next to it, a taken name next to the name; added, it has a book")
    void addProduct() {
        ProductForm form = catalogue.newProduct();
        form.name.set("Esketamine injection 25 mg / 1 mL");
        form.route.set(Route.IV);
        form.mg.set("25");
        List<Product> added = new ArrayList<>();
        form.submit(added::add);
        assertThat(form.errorProperty(ProductForm.Field.ML).get()).isEqualTo("A number above zero, such as 50 or 2.5.");

        form.name.set("Esketamine injection 50 mg / 2 mL");
        form.ml.set("1");
        form.submit(added::add);
        assertThat(form.errorProperty(ProductForm.Field.NAME).get())
                .isEqualTo("A product called Esketamine injection 50 mg / 2 mL is already in the catalogue.");

        form.name.set("Esketamine injection 25 mg / 1 mL");
        form.submit(added::add);
        catalogue.added(added.getFirst());

        assertThat(added.getFirst().strength()).isEqualTo("25 mg / 1 mL");
        assertThat(catalogue.lines().noticeProperty().get()).isEqualTo("Esketamine injection 25 mg / 1 mL added: it has a book of its own.");
        assertThat(catalogue.productsProperty().get()).extracting(Product::name).contains("Esketamine injection 25 mg / 1 mL");
        assertThat(booksReloaded).isEqualTo(1);
    }

    @Test
    @DisplayName("PROD-3 ROLE-2 the manager retires a product and brings it back, with a reason; a nurse who tries is refused in the message line")
    void retireAndBringBack() {
        Product vial = catalogue.productsProperty().get().stream().filter(p -> p.route() == Route.IV).findFirst().orElseThrow();
        catalogue.setActive(vial, false, "Pharmacy no longer supplies it");
        assertThat(catalogue.lines().noticeProperty().get()).isEqualTo("Esketamine injection 50 mg / 2 mL retired: no more receipts; its book stays.");
        assertThat(catalogue.productsProperty().get()).filteredOn(p -> p.id() == vial.id()).singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(new EntryText(f.ui).productState(catalogue.productsProperty().get().stream().filter(p -> p.id() == vial.id())
                .findFirst().orElseThrow())).isEqualTo("Retired");

        ProductCatalogueModel nurses = new ProductCatalogueModel(f.services(), f.ui, () -> f.nurse, () -> { });
        nurses.setActive(vial, true, "Back in use");
        assertThat(nurses.lines().messageProperty().get()).isEqualTo("Only a manager can do this. The attempt has been recorded.");

        catalogue.setActive(vial, true, "Supply restored");
        assertThat(catalogue.lines().noticeProperty().get()).isEqualTo("Esketamine injection 50 mg / 2 mL is in use again.");
    }
}
