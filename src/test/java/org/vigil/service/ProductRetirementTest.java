package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.register.Product;

@DisplayName("PROD-3 a product is retired, never deleted: its book stays, receipts stop, and the manager can bring it back")
class ProductRetirementTest {

    private static final String NURSE_PASSWORD = "the trolley squeaks on the left";
    private static final String WITNESS_PASSWORD = "the second nurse counts twice";
    private static final String MANAGER_PASSWORD = "the manager signs the monthly book";

    @TempDir
    Path dir;
    private TestClinic clinic;
    private Actor nurse;
    private Actor witness;
    private Actor manager;
    private long vial;

    @BeforeEach
    void open() {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", NURSE_PASSWORD, Role.NURSE);
        witness = clinic.person("nurse.wang", WITNESS_PASSWORD, Role.NURSE);
        manager = clinic.person("manager.zhou", MANAGER_PASSWORD, Role.MANAGER);
        vial = register().products(nurse).value().stream().filter(p -> p.route() == Route.IV).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private DrugRegister register() {
        return clinic.services().register();
    }

    private DrugRegister.Receipt receipt(String lot) {
        return new DrugRegister.Receipt(vial, lot, LocalDate.of(2027, 6, 30), 10, "Pharma Supplies Ltd, 1 Dock Road", "INV-9");
    }

    @Test
    @DisplayName("PROD-3 ROLE-2 only a manager retires, with a reason; the event is audited with it; a retired product takes no receipt but keeps its book")
    void retireAndReactivate() {
        register().receive(nurse, receipt("V-1"), witness, WITNESS_PASSWORD).value();
        refusedWith(register().setProductActive(nurse, vial, false, "No longer stocked"), "ROLE-2", "refused.role");
        refusedWith(register().setProductActive(manager, vial, false, "  "), "PROD-3", "reason.required");

        Product retired = register().setProductActive(manager, vial, false, "Pharmacy no longer supplies this strength").value();

        assertThat(retired.active()).isFalse();
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("PRODUCT_RETIRED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(vial));
        assertThat(event.oldValue()).isEqualTo("active");
        assertThat(event.newValue()).isEqualTo("retired");
        assertThat(event.reason()).isEqualTo("Pharmacy no longer supplies this strength");
        refusedWith(register().setProductActive(manager, vial, false, "again"), "PROD-3", "register.product.alreadyRetired");
        refusedWith(register().receive(nurse, receipt("V-2"), witness, WITNESS_PASSWORD), "PROD-3", "register.product.unknown");
        assertThat(register().books(manager).value()).filteredOn(b -> b.product().id() == vial).singleElement()
                .satisfies(b -> assertThat(b.lines()).hasSize(1));

        assertThat(register().setProductActive(manager, vial, true, "Supply restored").value().active()).isTrue();
        assertThat(clinic.lastEvent().action()).isEqualTo("PRODUCT_REACTIVATED");
        assertThat(register().receive(nurse, receipt("V-2"), witness, WITNESS_PASSWORD).isDone()).isTrue();
    }
}
