-- Issue 16: the register is read by period, not whole. A printed register (CD-7) reads the
-- entries written in its period and the balances brought forward, summed by the database; both
-- find their rows by the moment each entry was written into the register.
CREATE INDEX register_entry_recorded ON register_entry (recorded_at, id);
