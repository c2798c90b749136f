package ru.masterskaya.diagnostics.instrument.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.masterskaya.infrastructure.UploadForm;

/** The import of an instrument, new or existing: a file over the upload limit goes back to that import page with the reason. */
@Configuration(proxyBeanMethods = false)
class InstrumentUploadForms {

    @Bean
    UploadForm instrumentImportForm(MessageSource messages) {
        return UploadForm.withFlashAttribute("^(/instruments(/[0-9a-fA-F-]{36})?/import)$", address -> address.group(1),
                InstrumentImportController.UPLOAD_ERRORS, locale -> List.of(InstrumentImportController.tooLarge(messages, locale)));
    }
}
