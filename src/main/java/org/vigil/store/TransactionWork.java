package org.vigil.store;

/** Work done inside one transaction; anything it throws rolls the whole transaction back. */
@FunctionalInterface
public interface TransactionWork<T> {
    T apply(Transaction tx);
}
