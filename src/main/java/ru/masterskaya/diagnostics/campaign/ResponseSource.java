package ru.masterskaya.diagnostics.campaign;

/** How the answers came in: through the personal link, or from an import of Яндекс Формы / Google Forms responses. */
public enum ResponseSource {
    LINK,
    FORMS_IMPORT
}
