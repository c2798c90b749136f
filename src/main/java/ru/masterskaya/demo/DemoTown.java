package ru.masterskaya.demo;

import java.util.List;

/** The fictional town the demo shows: its region, its municipality and its organisations with staff. */
record DemoTown(String regionName, String municipalityName, List<DemoOrganisation> organisations) {

    /** A reserved top-level domain (RFC 2606), so no demo e-mail can reach a real mailbox. */
    static final String DOMAIN = "zarechny.example";

    static final String CENTRE_DOMAIN = "imc";

    List<DemoPerson> people() {
        return organisations.stream().flatMap(organisation -> organisation.staff().stream()).toList();
    }
}
