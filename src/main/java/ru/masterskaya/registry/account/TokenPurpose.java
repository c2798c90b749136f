package ru.masterskaya.registry.account;

/** What a one-time link lets its holder do. */
enum TokenPurpose {
    INVITATION,
    RESET
}
