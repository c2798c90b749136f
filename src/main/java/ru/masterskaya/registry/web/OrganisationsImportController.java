package ru.masterskaya.registry.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.export.ImportTemplates;
import ru.masterskaya.registry.importing.ImportKind;
import ru.masterskaya.registry.importing.RegistryImports;

/** Import of organisations, open to administrators and coordinators only (see the security configuration). */
@Controller
@RequestMapping("/organisations/import")
class OrganisationsImportController extends ImportController {

    OrganisationsImportController(RegistryImports imports, ImportTemplates templates, UploadLimits limits, MessageSource messages) {
        super(ImportKind.ORGANISATIONS, imports, templates, limits, messages);
    }
}
