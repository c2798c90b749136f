package ru.masterskaya.diagnostics.needs;

/** A group that took part much less than the campaign as a whole: «ДОУ: приняли участие 12 % приглашённых при 71 % в среднем». */
public record ParticipationWarning(String name, int percent, int overallPercent) {}
