package org.vigil.store;

/** A fault in the database or its files: never a rule's refusal. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * Whether a failure was the disk being full, anywhere in its causes: H2 reports it as an IO
     * error or a failed file write whose text carries the operating system's words. A full disk
     * loses nothing that was reported saved (each write commits whole or not at all), so the
     * person is told to free space and try again, never to restore a backup.
     */
    public static boolean diskFull(Throwable failure) {
        // Causes and suppressed exceptions, each once: H2's exceptions can refer to each other.
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null && saysDiskFull(fs.getReason())) {
                return true;
            }
            if (t.getMessage() != null && saysDiskFull(t.getMessage())) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(java.util.List.of(t.getSuppressed()));
        }
        return false;
    }

    /** Linux and macOS (ENOSPC, EDQUOT) and Windows (ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL), as the JDK words them. */
    private static boolean saysDiskFull(String message) {
        String text = message.toLowerCase(java.util.Locale.ROOT);
        return text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("not enough space on the disk") || text.contains("disk is full");
    }
}
