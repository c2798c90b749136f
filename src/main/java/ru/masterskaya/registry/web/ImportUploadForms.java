package ru.masterskaya.registry.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.masterskaya.infrastructure.UploadForm;

/** The import forms of people and organisations: a file over the upload limit goes back to the list's import page with the reason. */
@Configuration(proxyBeanMethods = false)
class ImportUploadForms {

    @Bean
    UploadForm listImportForm(UploadLimitAdvice advice) {
        return advice.importForm();
    }
}
