/**
 * Pages of the self-diagnosis behind a personal link ({@code /d/{token}}), which keep no session,
 * and «Моя самодиагностика» ({@code /my/diagnostics}) for a signed-in teacher.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.respondent.web;
