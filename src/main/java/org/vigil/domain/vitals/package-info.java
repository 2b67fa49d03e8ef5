/**
 * Vital signs, dose checks and alarms of a session, as pure rules over records: entry limits
 * (BP-8, BP-9), the baseline check (BP-2), what a reading means (BP-4 … BP-6, OBS-2), dose
 * checks (ADM-3, ADM-4, PRE-2) and how an alarm presents (ALM-1 … ALM-3). Time is passed in;
 * every clinical number comes from settings through a parameter record's {@code from(Settings)}.
 */
package org.vigil.domain.vitals;
