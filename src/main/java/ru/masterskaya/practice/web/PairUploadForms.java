package ru.masterskaya.practice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.masterskaya.infrastructure.UploadForm;

/**
 * The forms that take a pair's files. A file over the upload limit on the journal or the product form goes back to
 * that part of the pair page with the reason; nothing was saved. The reminder link's journal form comes back with
 * the reason in its address, and the link stays usable.
 */
@Configuration(proxyBeanMethods = false)
class PairUploadForms {

    @Bean
    UploadForm pairPageUploadForms() {
        return UploadForm.withFlashAttribute("^/pairs/([0-9a-fA-F-]{36})/(entries|product)$",
                address -> "/pairs/" + address.group(1) + (address.group(2).equals("entries") ? "#journal" : "#completion"),
                "error", locale -> "pair.upload.tooLarge");
    }

    @Bean
    UploadForm reminderLinkJournalForm() {
        return UploadForm.stateless("^/p/([A-Za-z0-9_-]+)/journal$", address -> "/p/" + address.group(1) + "/journal", "refused", "tooLarge");
    }
}
