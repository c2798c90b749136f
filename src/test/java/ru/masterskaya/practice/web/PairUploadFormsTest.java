package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a file over the upload limit sends the user back from each of a pair's file forms. */
class PairUploadFormsTest {

    static final String PAIR = "/pairs/0b7e6f4e-3c1a-4d5e-9f00-000000000001";

    final PairUploadForms forms = new PairUploadForms();

    @Test
    void theJournalFormGoesBackToTheJournalAndTheProductFormToTheCompletion() {
        assertThat(forms.pairPageUploadForms().backFrom(PAIR + "/entries")).hasValue(PAIR + "#journal");
        assertThat(forms.pairPageUploadForms().backFrom(PAIR + "/product")).hasValue(PAIR + "#completion");
        assertThat(forms.pairPageUploadForms().backFrom(PAIR + "/check-ins")).isEmpty();
    }

    @Test
    void theReminderLinksJournalFormGoesBackToItselfWithoutASession() {
        assertThat(forms.reminderLinkJournalForm().backFrom("/p/abc_DEF-123/journal")).hasValue("/p/abc_DEF-123/journal");
        assertThat(forms.reminderLinkJournalForm().stateless()).isTrue();
    }
}
