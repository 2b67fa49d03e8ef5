/**
 * What printed session reports and the daily clinic log say: read-only records assembled by the
 * service from stored events, register entries and settings, turned into paper by {@code org.vigil.report}.
 */
package org.vigil.domain.report;
