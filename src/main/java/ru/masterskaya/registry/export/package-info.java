/**
 * XLSX files the registry writes: the filtered lists of people and organisations, and the import
 * templates, whose columns are the same so that an export can be edited and imported again.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.registry.export;
