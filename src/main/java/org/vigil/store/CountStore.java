package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.register.Incident;
import org.vigil.domain.register.Signer;
import org.vigil.domain.register.StockCount;

/**
 * Blind counts, the discrepancies they open, their resolutions and the incidents a loss or theft
 * starts (CD-6). Every table here is append-only: a resolution or an incident's step is a new row.
 */
public final class CountStore {

    public long insertCount(Transaction tx, StockCount count) {
        long id = tx.insert("""
                INSERT INTO stock_count (kind, counted_at, counter_id, counter_name, cosigner_id, cosigner_name, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", count.kind(), count.at(), count.counter().userId(), count.counter().name(),
                count.cosigner().userId(), count.cosigner().name(), count.contentHash());
        for (StockCount.Line line : count.lines()) {
            tx.update("INSERT INTO stock_count_line (count_id, product_id, lot, expected, counted) VALUES (?, ?, ?, ?, ?)", id,
                    line.productId(), line.lot(), line.expected(), line.counted());
        }
        return id;
    }

    /** The counts made since the given moment, newest first, with their lines. */
    public List<StockCount> countsSince(Transaction tx, Instant since) {
        List<StockCount> heads = tx.select("SELECT * FROM stock_count WHERE counted_at >= ? ORDER BY id DESC", since)
                .map(row -> new StockCount(row.getColumn("id", Long.class), row.getColumn("kind", CountKind.class),
                        row.getColumn("counted_at", Instant.class),
                        new Signer(row.getColumn("counter_id", Long.class), row.getColumn("counter_name", String.class)),
                        new Signer(row.getColumn("cosigner_id", Long.class), row.getColumn("cosigner_name", String.class)), List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<StockCount.Line>> lines = tx.selectIn("SELECT * FROM stock_count_line WHERE count_id IN (<ids>) ORDER BY id",
                        heads.stream().map(StockCount::id).toList())
                .map(row -> Map.entry(row.getColumn("count_id", Long.class), new StockCount.Line(row.getColumn("product_id", Long.class),
                        row.getColumn("lot", String.class), row.getColumn("expected", Integer.class), row.getColumn("counted", Integer.class))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<StockCount> counts = new ArrayList<>(heads.size());
        heads.forEach(c -> counts.add(new StockCount(c.id(), c.kind(), c.at(), c.counter(), c.cosigner(), lines.getOrDefault(c.id(), List.of()))));
        return counts;
    }

    public long openDiscrepancy(Transaction tx, long countId, StockCount.Line line, Instant at) {
        return tx.insert("INSERT INTO discrepancy (count_id, product_id, lot, expected, counted, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
                countId, line.productId(), line.lot(), line.expected(), line.counted(), at);
    }

    public void resolve(Transaction tx, long discrepancyId, Discrepancy.Resolution r) {
        tx.update("""
                INSERT INTO discrepancy_resolution (discrepancy_id, resolved_at, resolver_id, resolver_name, outcome, explanation,
                  register_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)""", discrepancyId, r.at(), r.resolver().userId(), r.resolver().name(),
                r.outcome(), r.explanation(), r.writeOffEntry().orElse(null));
    }

    private static final String DISCREPANCIES = """
            SELECT d.*, r.resolved_at, r.resolver_id, r.resolver_name, r.outcome, r.explanation, r.register_entry_id
            FROM discrepancy d LEFT JOIN discrepancy_resolution r ON r.discrepancy_id = d.id""";

    /** Every discrepancy still open, oldest first. */
    public List<Discrepancy> openDiscrepancies(Transaction tx) {
        return tx.select(DISCREPANCIES + " WHERE r.discrepancy_id IS NULL ORDER BY d.id").map(CountStore::discrepancyRow).list();
    }

    /** Every discrepancy, open or resolved, newest first. */
    public List<Discrepancy> discrepancies(Transaction tx) {
        return tx.select(DISCREPANCIES + " ORDER BY d.id DESC").map(CountStore::discrepancyRow).list();
    }

    public Optional<Discrepancy> discrepancy(Transaction tx, long id) {
        return tx.select(DISCREPANCIES + " WHERE d.id = ?", id).map(CountStore::discrepancyRow).findOne();
    }

    public long openIncident(Transaction tx, long discrepancyId, DiscrepancyOutcome kind, Instant at, long openedBy, LocalDate noticeDue,
                             LocalDate formDue) {
        return tx.insert("INSERT INTO incident (discrepancy_id, kind, opened_at, opened_by, notice_due, form_due) VALUES (?, ?, ?, ?, ?, ?)",
                discrepancyId, kind, at, openedBy, noticeDue, formDue);
    }

    public void addStep(Transaction tx, long incidentId, Incident.Step step) {
        tx.update("INSERT INTO incident_step (incident_id, step, done_at, done_by, done_by_name, note) VALUES (?, ?, ?, ?, ?, ?)",
                incidentId, step.stage(), step.at(), step.by().userId(), step.by().name(), step.note());
    }

    /** Every incident with its steps, newest first. */
    public List<Incident> incidents(Transaction tx) {
        Map<Long, List<Incident.Step>> steps = tx.select("SELECT * FROM incident_step ORDER BY id")
                .map(row -> Map.entry(row.getColumn("incident_id", Long.class), new Incident.Step(
                        row.getColumn("step", Incident.Stage.class), row.getColumn("done_at", Instant.class),
                        new Signer(row.getColumn("done_by", Long.class), row.getColumn("done_by_name", String.class)),
                        row.getColumn("note", String.class))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return tx.select("SELECT * FROM incident ORDER BY id DESC")
                .map(row -> {
                    long id = row.getColumn("id", Long.class);
                    return new Incident(id, row.getColumn("discrepancy_id", Long.class), row.getColumn("kind", DiscrepancyOutcome.class),
                            row.getColumn("opened_at", Instant.class), row.getColumn("notice_due", LocalDate.class),
                            row.getColumn("form_due", LocalDate.class), steps.getOrDefault(id, List.of()));
                }).list();
    }

    private static Discrepancy discrepancyRow(RowView row) {
        Instant resolvedAt = row.getColumn("resolved_at", Instant.class);
        Optional<Discrepancy.Resolution> resolution = resolvedAt == null ? Optional.empty()
                : Optional.of(new Discrepancy.Resolution(resolvedAt,
                        new Signer(row.getColumn("resolver_id", Long.class), row.getColumn("resolver_name", String.class)),
                        row.getColumn("outcome", DiscrepancyOutcome.class), row.getColumn("explanation", String.class),
                        Optional.ofNullable(row.getColumn("register_entry_id", Long.class))));
        return new Discrepancy(row.getColumn("id", Long.class), row.getColumn("count_id", Long.class),
                row.getColumn("product_id", Long.class), row.getColumn("lot", String.class), row.getColumn("expected", Integer.class),
                row.getColumn("counted", Integer.class), row.getColumn("opened_at", Instant.class), resolution);
    }
}
