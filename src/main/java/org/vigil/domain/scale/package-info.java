/**
 * Outcome rating scales: {@link org.vigil.domain.scale.Phq9} and {@link org.vigil.domain.scale.Madrs}
 * are built only from their item answers ({@link org.vigil.domain.scale.ScaleKind#problems} checks
 * the form); {@link org.vigil.domain.scale.ScaleThresholds} (from settings) decides response and
 * remission; {@link org.vigil.domain.scale.ScaleProgress#of} compares a course's latest score with
 * its baseline.
 */
package org.vigil.domain.scale;
