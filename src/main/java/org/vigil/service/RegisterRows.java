package org.vigil.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportRow;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;

/** A register entry as an export row, with its signatures (SIG-1: who, what it means, when). */
final class RegisterRows {

    private final ExportSubjects subjects;
    private final Map<Long, Product> products;

    RegisterRows(ExportSubjects subjects, Map<Long, Product> products) {
        this.subjects = subjects;
        this.products = products;
    }

    void entry(RegisterEntry entry, List<EntrySignature> signatures, ExportRow row) {
        EntryDraft e = entry.content();
        Product product = products.get(e.productId());
        row.put(ExportColumn.ENTRY, subjects.entry(entry.id())).put(ExportColumn.WRITTEN_AT, subjects.time(entry.recordedAt()))
                .put(ExportColumn.OCCURRED_AT, subjects.time(e.at())).put(ExportColumn.PRODUCT, product == null ? "" : product.name())
                .put(ExportColumn.LOT, e.lot()).put(ExportColumn.EXPIRY, e.expiry()).put(ExportColumn.ENTRY_KIND, e.kind())
                .put(ExportColumn.UNITS, e.units()).put(ExportColumn.MG, e.mg().map(BigDecimal::toPlainString).orElse(""))
                .put(ExportColumn.ML, e.ml().map(BigDecimal::toPlainString).orElse(""))
                .put(ExportColumn.ENTERED_BY, subjects.staff(e.enteredBy()))
                .put(ExportColumn.WITNESS, e.witness().map(subjects::staff).orElse(""))
                .put(ExportColumn.PRESCRIBER, e.prescriber().map(subjects::staff).orElse(""))
                .put(ExportColumn.SESSION, e.sessionId().map(subjects::session).orElse(""))
                .put(ExportColumn.SUPPLIER, e.counterparty()).put(ExportColumn.REFERENCE, e.reference()).put(ExportColumn.METHOD, e.method())
                .put(ExportColumn.REASON, e.reason()).put(ExportColumn.CORRECTS, e.corrects().map(subjects::entry).orElse(""))
                .put(ExportColumn.SIGNATURES, String.join("; ", signatures.stream()
                        .map(s -> s.meaning() + " " + subjects.staff(s.signer()) + " " + subjects.time(s.at())
                                + (s.holdsFor(entry) ? "" : " NOT VALID (SIG-3)")).toList()));
        e.patient().ifPresent(p -> row.put(ExportColumn.PATIENT_KEY, subjects.keys().patient(p.patientId()))
                .put(ExportColumn.PATIENT_NAME, p.name()).put(ExportColumn.ID_NUMBER, p.idNumber()));
    }
}
