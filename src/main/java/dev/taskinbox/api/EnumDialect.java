package dev.taskinbox.api;

/** How a server spells enum values: the seed's integers ({@code 7}) or the newest camelCase strings. */
public enum EnumDialect {
    INTEGERS,
    STRINGS
}
