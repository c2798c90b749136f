package ru.masterskaya.registry;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable list of organisation types. A code never changes once created, because imports
 * and reports refer to it; a type that is no longer wanted is made inactive instead.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationTypeManagement {

    private final OrganisationTypeRepository types;

    OrganisationTypeManagement(OrganisationTypeRepository types) {
        this.types = types;
    }

    public List<OrganisationType> all() {
        return types.findAllByOrderBySortOrder();
    }

    public OrganisationType get(String code) {
        return types.findById(code).orElseThrow(() -> new OrganisationTypeNotFoundException(code));
    }

    @Transactional
    public OrganisationType create(String code, OrganisationTypeParameters parameters) {
        String normalizedCode = code.strip().toUpperCase(Locale.ROOT);
        if (types.existsById(normalizedCode)) {
            throw new OrganisationTypeCodeAlreadyUsed(normalizedCode);
        }
        ensureNameFree(parameters.name(), normalizedCode);
        OrganisationType type = new OrganisationType(normalizedCode, parameters.name().strip(), parameters.preschool(), parameters.sortOrder());
        type.describe(type.getName(), parameters.preschool(), parameters.sortOrder(), parameters.active());
        return types.save(type);
    }

    @Transactional
    public void change(String code, long expectedVersion, OrganisationTypeParameters parameters) {
        OrganisationType type = get(code);
        if (type.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(type);
        }
        ensureNameFree(parameters.name(), code);
        type.describe(parameters.name().strip(), parameters.preschool(), parameters.sortOrder(), parameters.active());
    }

    private void ensureNameFree(String name, String code) {
        if (types.existsByNameIgnoreCaseAndCodeNot(name.strip(), code)) {
            throw new OrganisationTypeNameAlreadyUsed(name);
        }
    }
}
