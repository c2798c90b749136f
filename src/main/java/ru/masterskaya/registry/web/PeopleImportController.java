package ru.masterskaya.registry.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.export.ImportTemplates;
import ru.masterskaya.registry.importing.ImportKind;
import ru.masterskaya.registry.importing.RegistryImports;

/** Import of people; a deputy director imports only into their own organisation, which the scope ensures. */
@Controller
@RequestMapping("/people/import")
class PeopleImportController extends ImportController {

    PeopleImportController(RegistryImports imports, ImportTemplates templates, UploadLimits limits, MessageSource messages) {
        super(ImportKind.PEOPLE, imports, templates, limits, messages);
    }
}
