package org.vigil.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.Route;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.domain.register.Stock;
import org.vigil.domain.register.Signer;
import org.vigil.domain.register.StockUnit;

/**
 * The controlled-drug register: products, entries and their signatures. Entries and signatures
 * are only ever inserted; the tables' triggers refuse UPDATE and DELETE (CD-1).
 */
public final class RegisterStore {

    public List<Product> products(Transaction tx) {
        return tx.select("SELECT * FROM product ORDER BY route DESC, name").map(RegisterStore::productRow).list();
    }

    public Optional<Product> product(Transaction tx, long id) {
        return tx.select("SELECT * FROM product WHERE id = ?", id).map(RegisterStore::productRow).findOne();
    }

    public long addProduct(Transaction tx, String name, Route route, StockUnit unit, BigDecimal mgPerUnit, BigDecimal mlPerUnit,
                           Instant now) {
        return tx.insert("INSERT INTO product (name, route, unit, mg_per_unit, ml_per_unit, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                name, route, unit, mgPerUnit, mlPerUnit, now);
    }

    public void setProductActive(Transaction tx, long id, boolean active) {
        tx.update("UPDATE product SET active = ? WHERE id = ?", active, id);
    }

    public long append(Transaction tx, EntryDraft e, Instant recordedAt) {
        return tx.insert("""
                INSERT INTO register_entry (product_id, lot, expiry, kind, units, mg, ml, occurred_at, recorded_at, entered_by,
                  entered_by_name, witness_id, witness_name, patient_id, patient_name, patient_id_number, prescriber_id,
                  prescriber_name, session_id, counterparty, reference, method, reason, corrects_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.productId(), e.lot(), e.expiry(), e.kind(), e.units(), e.mg().orElse(null), e.ml().orElse(null), e.at(), recordedAt,
                e.enteredBy().userId(), e.enteredBy().name(), e.witness().map(Signer::userId).orElse(null),
                e.witness().map(Signer::name).orElse(null), e.patient().map(EntryDraft.PatientLine::patientId).orElse(null),
                e.patient().map(EntryDraft.PatientLine::name).orElse(null), e.patient().map(EntryDraft.PatientLine::idNumber).orElse(null),
                e.prescriber().map(Signer::userId).orElse(null), e.prescriber().map(Signer::name).orElse(null), e.sessionId().orElse(null),
                e.counterparty(), e.reference(), e.method(), e.reason(), e.corrects().orElse(null));
    }

    public void sign(Transaction tx, EntrySignature s) {
        tx.update("""
                INSERT INTO register_signature (entry_id, signer_id, signer_name, meaning, signed_at, content_hash)
                VALUES (?, ?, ?, ?, ?, ?)""", s.entryId(), s.signer().userId(), s.signer().name(), s.meaning(), s.at(), s.contentHash());
    }

    /** Every entry, in the order written: what the balances are worked out from. */
    public List<RegisterEntry> entries(Transaction tx) {
        return tx.select("SELECT * FROM register_entry ORDER BY id").map(RegisterStore::entryRow).list();
    }

    /**
     * CD-4: every lot's balance with the expiry it was first received with, summed by the database
     * (issue 16): the stock without reading ten years of entries one by one.
     */
    public List<Stock.Lot> lots(Transaction tx) {
        return lotsWhere(tx, "", new Object[0]);
    }

    /** Every lot's balance from the entries written before the instant: what a period's book brings forward (CD-7). */
    public List<Stock.Lot> lotsBefore(Transaction tx, Instant before) {
        return lotsWhere(tx, "WHERE recorded_at < ?", new Object[] {before});
    }

    private static List<Stock.Lot> lotsWhere(Transaction tx, String where, Object[] args) {
        // The expiry is that of the lot's first entry, as Stock keeps it; in the order lots were first entered.
        return tx.select("""
                SELECT b.product_id, b.lot, f.expiry, b.units FROM (
                  SELECT product_id, lot, SUM(units) AS units, MIN(id) AS first_id FROM register_entry %s GROUP BY product_id, lot) b
                JOIN register_entry f ON f.id = b.first_id ORDER BY b.first_id""".formatted(where), args)
                .map((rs, ctx) -> new Stock.Lot(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }

    /** The entries written into the register in {@code [start, end)}, in the order written; no end: up to now. */
    public List<RegisterEntry> writtenBetween(Transaction tx, Instant start, Instant end) {
        return tx.select("SELECT * FROM register_entry e WHERE " + written(end) + " ORDER BY e.id", period(start, end))
                .map(RegisterStore::entryRow).list();
    }

    /** The signatures on the entries written in {@code [start, end)}, by entry. */
    public Map<Long, List<EntrySignature>> signaturesOfWrittenBetween(Transaction tx, Instant start, Instant end) {
        return tx.select("SELECT s.* FROM register_signature s JOIN register_entry e ON e.id = s.entry_id WHERE " + written(end)
                        + " ORDER BY s.id", period(start, end))
                .map(RegisterStore::signatureRow)
                .collect(Collectors.groupingBy(EntrySignature::entryId));
    }

    /** CD-1: for the entries written in {@code [start, end)} that were corrected since, the correction's number by the entry's. */
    public Map<Long, Long> correctionsOfWrittenBetween(Transaction tx, Instant start, Instant end) {
        return tx.select("SELECT c.corrects_id, c.id FROM register_entry c JOIN register_entry e ON e.id = c.corrects_id WHERE "
                        + written(end), period(start, end))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static String written(Instant end) {
        return end == null ? "e.recorded_at >= ?" : "e.recorded_at >= ? AND e.recorded_at < ?";
    }

    private static Object[] period(Instant start, Instant end) {
        return end == null ? new Object[] {start} : new Object[] {start, end};
    }

    /** CD-1: the correction that reverses the entry, when one was written. */
    public Optional<Long> correctionOf(Transaction tx, long entryId) {
        return tx.select("SELECT id FROM register_entry WHERE corrects_id = ? ORDER BY id", entryId).mapTo(Long.class).findFirst();
    }

    /** The entries that name this prescriber and carry no confirmation of theirs yet, in the order written. */
    public List<RegisterEntry> awaitingPrescriber(Transaction tx, long prescriberId) {
        return tx.select("""
                SELECT * FROM register_entry e WHERE e.prescriber_id = ? AND NOT EXISTS (
                  SELECT 1 FROM register_signature s WHERE s.entry_id = e.id AND s.meaning = ?) ORDER BY e.id""",
                prescriberId, SignatureMeaning.PRESCRIBER_CONFIRMED)
                .map(RegisterStore::entryRow).list();
    }

    /** The entries with these numbers, in the order written. */
    public List<RegisterEntry> entries(Transaction tx, Collection<Long> ids) {
        return tx.selectIn("SELECT * FROM register_entry WHERE id IN (<ids>) ORDER BY id", ids).map(RegisterStore::entryRow).list();
    }

    /**
     * The balances of each entry's product and of its lot once it was written, by entry: what its
     * line in the book shows (CD-4), for a few entries without reading their books.
     */
    public Map<Long, BalancesAfter> balancesAfter(Transaction tx, Collection<Long> entryIds) {
        return tx.selectIn("""
                SELECT e.id,
                  (SELECT SUM(b.units) FROM register_entry b WHERE b.product_id = e.product_id AND b.id <= e.id),
                  (SELECT SUM(b.units) FROM register_entry b WHERE b.lot = e.lot AND b.product_id = e.product_id AND b.id <= e.id)
                FROM register_entry e WHERE e.id IN (<ids>)""", entryIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new BalancesAfter(rs.getInt(2), rs.getInt(3))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A product's balance and a lot's balance after an entry. */
    public record BalancesAfter(int product, int lot) {}

    /** The entries of one lot number (of any product), in the order written: all a lot's balance needs. */
    public List<RegisterEntry> ofLot(Transaction tx, String lot) {
        return tx.select("SELECT * FROM register_entry WHERE lot = ? ORDER BY id", lot == null ? "" : lot.strip())
                .map(RegisterStore::entryRow).list();
    }

    public Optional<RegisterEntry> entry(Transaction tx, long id) {
        return tx.select("SELECT * FROM register_entry WHERE id = ?", id).map(RegisterStore::entryRow).findOne();
    }

    public List<RegisterEntry> ofSession(Transaction tx, long sessionId) {
        return tx.select("SELECT * FROM register_entry WHERE session_id = ? ORDER BY id", sessionId).map(RegisterStore::entryRow).list();
    }

    /** The signatures on the entries, by entry. */
    public Map<Long, List<EntrySignature>> signatures(Transaction tx, Collection<Long> entryIds) {
        return tx.selectIn("SELECT * FROM register_signature WHERE entry_id IN (<ids>) ORDER BY id", entryIds)
                .map(RegisterStore::signatureRow)
                .collect(Collectors.groupingBy(EntrySignature::entryId));
    }

    /** Up to {@code limit} entries after the one numbered {@code afterId}, in the order written: the register a page at a time. */
    public List<RegisterEntry> entriesAfter(Transaction tx, long afterId, int limit) {
        return tx.select("SELECT * FROM register_entry WHERE id > ? ORDER BY id LIMIT ?", afterId, limit).map(RegisterStore::entryRow).list();
    }

    /** Every signature: for the whole book. */
    public List<EntrySignature> allSignatures(Transaction tx) {
        return tx.select("SELECT * FROM register_signature ORDER BY id").map(RegisterStore::signatureRow).list();
    }

    /** The signatures on the entries numbered {@code first} to {@code last}, by entry: a range the entry index finds. */
    public Map<Long, List<EntrySignature>> signaturesOfEntries(Transaction tx, long first, long last) {
        return tx.select("SELECT * FROM register_signature WHERE entry_id >= ? AND entry_id <= ? ORDER BY id", first, last)
                .map(RegisterStore::signatureRow)
                .collect(Collectors.groupingBy(EntrySignature::entryId));
    }

    /** How many signatures the register holds. */
    public long signatureCount(Transaction tx) {
        return tx.select("SELECT COUNT(*) FROM register_signature").mapTo(Long.class).one();
    }

    /** Signatures whose entry is not in the register: possible only by editing the file. */
    public List<EntrySignature> signaturesWithoutEntry(Transaction tx) {
        return tx.select("""
                SELECT * FROM register_signature s WHERE NOT EXISTS (SELECT 1 FROM register_entry e WHERE e.id = s.entry_id)
                ORDER BY s.id""").map(RegisterStore::signatureRow).list();
    }

    private static Product productRow(RowView row) {
        return new Product(row.getColumn("id", Long.class), row.getColumn("name", String.class), row.getColumn("route", Route.class),
                row.getColumn("unit", StockUnit.class), row.getColumn("mg_per_unit", BigDecimal.class),
                Optional.ofNullable(row.getColumn("ml_per_unit", BigDecimal.class)), row.getColumn("active", Boolean.class));
    }

    static RegisterEntry entryRow(RowView row) {
        Long witness = row.getColumn("witness_id", Long.class);
        Long patient = row.getColumn("patient_id", Long.class);
        Long prescriber = row.getColumn("prescriber_id", Long.class);
        EntryDraft content = new EntryDraft(row.getColumn("product_id", Long.class), row.getColumn("lot", String.class),
                row.getColumn("expiry", LocalDate.class), row.getColumn("kind", EntryKind.class), row.getColumn("units", Integer.class),
                Optional.ofNullable(row.getColumn("mg", BigDecimal.class)), Optional.ofNullable(row.getColumn("ml", BigDecimal.class)),
                row.getColumn("occurred_at", Instant.class),
                new Signer(row.getColumn("entered_by", Long.class), row.getColumn("entered_by_name", String.class)),
                witness == null ? Optional.empty() : Optional.of(new Signer(witness, row.getColumn("witness_name", String.class))),
                patient == null ? Optional.empty() : Optional.of(new EntryDraft.PatientLine(patient,
                        row.getColumn("patient_name", String.class), row.getColumn("patient_id_number", String.class))),
                prescriber == null ? Optional.empty() : Optional.of(new Signer(prescriber, row.getColumn("prescriber_name", String.class))),
                Optional.ofNullable(row.getColumn("session_id", Long.class)), row.getColumn("counterparty", String.class),
                row.getColumn("reference", String.class), row.getColumn("method", String.class), row.getColumn("reason", String.class),
                Optional.ofNullable(row.getColumn("corrects_id", Long.class)));
        return new RegisterEntry(row.getColumn("id", Long.class), content, row.getColumn("recorded_at", Instant.class));
    }

    private static EntrySignature signatureRow(RowView row) {
        return new EntrySignature(row.getColumn("entry_id", Long.class),
                new Signer(row.getColumn("signer_id", Long.class), row.getColumn("signer_name", String.class)),
                row.getColumn("meaning", SignatureMeaning.class), row.getColumn("signed_at", Instant.class),
                row.getColumn("content_hash", String.class));
    }
}
