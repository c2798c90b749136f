/**
 * The book of reviews: each completed practice's review kept with its publication consent, which
 * decides whether the next edition prints it.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents.review;
