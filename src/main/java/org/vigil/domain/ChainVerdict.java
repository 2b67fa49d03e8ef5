package org.vigil.domain;

/**
 * The result of checking the audit chain end to end.
 *
 * @param intact true when every link and every checkpoint holds
 * @param eventsChecked how many events were read
 * @param head the last event's sequence number (0 for an empty chain)
 * @param headHash the last event's hash
 * @param firstBadSeq the first sequence number that does not hold, or -1 when intact
 * @param problem message key for what is wrong, or null when intact
 */
public record ChainVerdict(boolean intact, long eventsChecked, long head, String headHash, long firstBadSeq, String problem) {

    public static ChainVerdict intact(long count, long head, String headHash) {
        return new ChainVerdict(true, count, head, headHash, -1, null);
    }

    public static ChainVerdict broken(long count, long head, String headHash, long firstBadSeq, String problem) {
        return new ChainVerdict(false, count, head, headHash, firstBadSeq, problem);
    }
}
