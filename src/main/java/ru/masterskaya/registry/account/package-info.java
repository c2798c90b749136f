/**
 * Accounts: the logins of people, their password hashes and the roles they hold. Exposed as the
 * registry's «account» interface for modules that open accounts of their own, such as the demo data.
 */
@org.springframework.modulith.NamedInterface("account")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.registry.account;
