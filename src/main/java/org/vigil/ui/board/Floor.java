package org.vigil.ui.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.session.SessionState;
import org.vigil.service.ChairWatch;
import org.vigil.service.SessionView;

/**
 * Today's floor as this workstation knows it: the de-identified watches of the open sessions
 * (always), the full sessions when a user who may see patients is logged in (else empty), and
 * the chair count and order. A floor is never changed: a load or an action's reply makes the next one.
 *
 * @param chairOrder the clinic's chair order as set ({@code clinic.chairOrder}); see {@link org.vigil.domain.course.ChairOrder}
 * @param unchanged the sessions a tile need not redraw: the same stored facts as on the floor shown before
 */
public record Floor(List<SessionView> sessions, List<ChairWatch> watches, int chairs, List<Integer> chairOrder, Instant loadedAt,
                    Set<Long> unchanged) {

    public Floor {
        sessions = List.copyOf(sessions);
        watches = List.copyOf(watches);
        chairOrder = List.copyOf(chairOrder);
        unchanged = Set.copyOf(unchanged);
    }

    /** The floor of a user who may see patients; the watches are the sessions under way. */
    static Floor of(List<SessionView> sessions, int chairs, List<Integer> chairOrder, Instant loadedAt, Set<Long> unchanged) {
        return new Floor(sessions, watchesOf(sessions), chairs, chairOrder, loadedAt, unchanged);
    }

    public Optional<SessionView> session(long id) {
        return sessions.stream().filter(s -> s.sessionId() == id).findFirst();
    }

    /**
     * Whether this session's stored facts are those of the floor shown before: a tile then has
     * nothing to redraw. Compared in the background, because comparing twelve event histories on
     * the FX thread with every load stalled it.
     */
    public boolean unchanged(long sessionId) {
        return unchanged.contains(sessionId);
    }

    /**
     * The floor with one session as an action just answered it, without loading anything: the
     * session and its watch are replaced, every other tile stays as it is. A session that is not
     * on this floor (another day's, or booked since the last load) waits for the next load, and a
     * reply older than what the floor holds changes nothing. Only a user who may see patients
     * can act on a session, so the de-identified floor never gets a reply.
     */
    Floor with(SessionView reply) {
        long id = reply.sessionId();
        Optional<SessionView> held = session(id);
        if (held.isEmpty() || !mayReplace(reply, held.get())) {
            return this;
        }
        List<SessionView> replaced = sessions.stream().map(s -> s.sessionId() == id ? reply : s).toList();
        return of(replaced, chairs, chairOrder, loadedAt, othersThan(id, replaced));
    }

    /**
     * This floor, just loaded, as it should replace {@code shown}. A load that began before one of
     * this workstation's actions can finish after its reply: the session the action moved on keeps
     * its newer version rather than going back. {@code before} is the floor this load compared
     * with for {@link #unchanged}; a session shown differently since then is drawn again.
     */
    Floor keepingNewer(Floor shown, Floor before) {
        if (shown == null || sessions.isEmpty()) {
            return this;
        }
        List<SessionView> kept = new ArrayList<>();
        Set<Long> same = new HashSet<>();
        for (SessionView loaded : sessions) {
            long id = loaded.sessionId();
            Optional<SessionView> onScreen = shown.session(id);
            if (onScreen.isPresent() && !mayReplace(loaded, onScreen.get())) {
                kept.add(onScreen.get());
                same.add(id);
            } else {
                kept.add(loaded);
                boolean shownAsCompared = before != null && onScreen.isPresent() && before.session(id).orElse(null) == onScreen.get();
                if (unchanged(id) && shownAsCompared) {
                    same.add(id);
                }
            }
        }
        return of(kept, chairs, chairOrder, loadedAt, same);
    }

    /**
     * Whether {@code candidate} may replace {@code held}: a session's events are only ever
     * appended, so more events is later; with as many, the one worked out later (its alarms and
     * due items are computed at that moment) wins.
     */
    public static boolean mayReplace(SessionView candidate, SessionView held) {
        int events = Integer.compare(candidate.snapshot().events().size(), held.snapshot().events().size());
        return events > 0 || events == 0 && !candidate.asOf().isBefore(held.asOf());
    }

    /** Issue 15: a finished session (discharged, abandoned, referred) has left the chair: nothing of it is watched. */
    private static List<ChairWatch> watchesOf(List<SessionView> sessions) {
        return sessions.stream().filter(s -> s.snapshot().state() != SessionState.BOOKED && !s.snapshot().state().isFinished())
                .map(ChairWatch::of).toList();
    }

    private static Set<Long> othersThan(long id, List<SessionView> sessions) {
        Set<Long> others = new HashSet<>();
        sessions.forEach(s -> others.add(s.sessionId()));
        others.remove(id);
        return others;
    }
}
