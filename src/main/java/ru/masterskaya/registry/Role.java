package ru.masterskaya.registry;

/** What a person may do in Мастерская; one person may hold several roles. */
public enum Role {
    ADMINISTRATOR,
    COORDINATOR,
    INSTITUTION_COORDINATOR,
    MASTER,
    PRACTITIONER,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Whether a grant of this role must name a scope, and of which kind. */
    public ScopeKind requiredScope() {
        return switch (this) {
            case COORDINATOR, VIEWER -> ScopeKind.TERRITORY;
            case INSTITUTION_COORDINATOR -> ScopeKind.ORGANISATION;
            case ADMINISTRATOR, MASTER, PRACTITIONER -> ScopeKind.NONE;
        };
    }

    public enum ScopeKind {
        NONE,
        TERRITORY,
        ORGANISATION
    }
}
