package ru.masterskaya.demo;

import static ru.masterskaya.demo.Post.leading;
import static ru.masterskaya.demo.Post.staff;
import static ru.masterskaya.demo.Post.teaching;

import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.Role;

/**
 * The demo accounts, one per role, each held by a person of the demo town with a memorable
 * e-mail; all share {@link #PASSWORD}. docs/demo-accounts.md lists them for people trying the app.
 */
enum DemoAccount {
    ADMINISTRATOR(Role.ADMINISTRATOR, "admin@" + DemoTown.DOMAIN, DemoTown.CENTRE_DOMAIN,
            staff("инженер-программист", 0.3), QualificationCategory.NONE),
    COORDINATOR(Role.COORDINATOR, "metodist@" + DemoTown.DOMAIN, DemoTown.CENTRE_DOMAIN,
            teaching("методист", "наставничество и сопровождение молодых педагогов", 0.9),
            QualificationCategory.TEACHER_METHODOLOGIST),
    INSTITUTION_COORDINATOR(Role.INSTITUTION_COORDINATOR, "zamdir@sch1." + DemoTown.DOMAIN, "sch1",
            leading("заместитель директора по методической работе", 0.95), null),
    MASTER(Role.MASTER, "master@sch1." + DemoTown.DOMAIN, "sch1",
            teaching("учитель математики", "математика", 0.88), QualificationCategory.TEACHER_MENTOR),
    PRACTITIONER(Role.PRACTITIONER, "praktikant@sch1." + DemoTown.DOMAIN, "sch1",
            teaching("учитель математики", "математика", 0.88), QualificationCategory.NONE),
    VIEWER(Role.VIEWER, "rukovodstvo@" + DemoTown.DOMAIN, DemoTown.CENTRE_DOMAIN,
            leading("директор", 0.8), null);

    /** The one password of every demo account; printed in docs/demo-accounts.md. */
    static final String PASSWORD = "masterskaya-demo";

    private final Role role;
    private final String email;
    private final String organisationDomain;
    private final Post post;
    private final @Nullable QualificationCategory category;

    DemoAccount(Role role, String email, String organisationDomain, Post post, @Nullable QualificationCategory category) {
        this.role = role;
        this.email = email;
        this.organisationDomain = organisationDomain;
        this.post = post;
        this.category = category;
    }

    Role role() {
        return role;
    }

    String email() {
        return email;
    }

    /** The e-mail subdomain of the organisation the account holder works in, such as «sch1». */
    String organisationDomain() {
        return organisationDomain;
    }

    Post post() {
        return post;
    }

    /** The category the holder must have for the role to make sense, if any. */
    @Nullable QualificationCategory category() {
        return category;
    }

    /** A practitioner is a young specialist; a master or coordinator has long experience. */
    boolean young() {
        return this == PRACTITIONER;
    }

    boolean experienced() {
        return this == MASTER || this == COORDINATOR;
    }
}
