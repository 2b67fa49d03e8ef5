package org.vigil.domain.register;

/** What one unit of a product is on the shelf, and what the register counts (CD-4). */
public enum StockUnit {
    /** A single-use nasal spray device (PROD-1). */
    DEVICE,
    /** A vial for IV use (PROD-2). */
    VIAL
}
