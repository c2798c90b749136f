package ru.masterskaya.matching.offer;

/** The two lists of mentoring reference data: forms (педагог – педагог …) and kinds (традиционное …). */
public enum MentoringDimension {
    FORM,
    KIND;

    public String messageKey() {
        return "mentoringDimension." + name();
    }
}
