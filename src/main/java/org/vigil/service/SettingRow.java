package org.vigil.service;

import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingValue;

/** A setting as the settings screen shows it: what it is, and the version in force. */
public record SettingRow(SettingDefinition definition, SettingValue current) {}
