package org.vigil.domain.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SCH-6, issue 15: where each chair sits on the chair board. Chairs are physical, so a tile keeps
 * its place whatever happens on it; the clinic lists its chairs in the order of the room
 * ({@code clinic.chairOrder}). A chair the list leaves out (the clinic added chairs since) follows
 * in its natural order, and a listed chair the clinic no longer has is passed over.
 */
public final class ChairOrder {

    private ChairOrder() {}

    /**
     * Every chair from 1 to {@code chairs}, plus any {@code alsoShown} (a session booked on a chair
     * the setting no longer counts keeps its tile), each once, in the clinic's order.
     */
    public static List<Integer> of(List<Integer> listed, int chairs, Set<Integer> alsoShown) {
        Set<Integer> exists = new LinkedHashSet<>();
        for (int chair = 1; chair <= chairs; chair++) {
            exists.add(chair);
        }
        alsoShown.stream().sorted().forEach(exists::add);
        Set<Integer> ordered = new LinkedHashSet<>();
        listed.stream().filter(exists::contains).forEach(ordered::add);
        ordered.addAll(exists);
        return List.copyOf(new ArrayList<>(ordered));
    }
}
