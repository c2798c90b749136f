/**
 * The registry: regions, municipalities, organisations and the people who work in them, their
 * accounts and the roles they hold in a scope. Every other module names people and organisations
 * through this module's API and asks it what the current user may see.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"notifications", "calendar", "infrastructure"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.registry;
