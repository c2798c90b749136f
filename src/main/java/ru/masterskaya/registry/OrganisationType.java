package ru.masterskaya.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An editable kind of organisation (школа, ДОУ, УДО, …). {@code preschool} marks the kinds whose
 * teachers the reports must not lose from sight, as happened to ДОУ in the seed year.
 */
@Entity
@Table(name = "organisation_type")
public class OrganisationType {

    @Id
    private String code;

    private String name;

    private boolean preschool;

    private int sortOrder;

    private boolean active;

    @Version
    private @Nullable Long version;

    protected OrganisationType() {}

    public OrganisationType(String code, String name, boolean preschool, int sortOrder) {
        this.code = code;
        this.name = name;
        this.preschool = preschool;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isPreschool() {
        return preschool;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    void describe(String name, boolean preschool, int sortOrder, boolean active) {
        this.name = name;
        this.preschool = preschool;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
