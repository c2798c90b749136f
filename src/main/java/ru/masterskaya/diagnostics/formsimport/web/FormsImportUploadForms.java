package ru.masterskaya.diagnostics.formsimport.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.masterskaya.diagnostics.formsimport.ResponseFileReader;
import ru.masterskaya.infrastructure.UploadForm;

/** The upload of a campaign's form responses: a file over the upload limit goes back to the upload page with the reason. */
@Configuration(proxyBeanMethods = false)
class FormsImportUploadForms {

    @Bean
    UploadForm formResponsesUploadForm(MessageSource messages) {
        return UploadForm.withFlashAttribute("^/campaigns/([0-9a-fA-F-]{36})/import-responses$",
                address -> "/campaigns/" + address.group(1) + "/import-responses", FormsImportController.ERRORS,
                locale -> List.of(messages.getMessage("formsImport.file.tooLargeUpload",
                        new Object[] {ResponseFileReader.MAX_BYTES / (1024 * 1024)}, locale)));
    }
}
