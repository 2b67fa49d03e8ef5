package org.vigil.domain;

/**
 * A setting as this version of Vigil ships it: its definition and its first value, both from
 * the migrations in the program, not from the database a clinic's file holds. Whoever can edit
 * the file can edit its definitions too; the shipped ones are what a value is checked against.
 *
 * @param defaultValue the value the migrations seed (from clinical-rules.md)
 */
public record ShippedSetting(SettingDefinition definition, String defaultValue) {}
