package ru.masterskaya.registry;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.RunningNode;
import ru.masterskaya.registry.account.AccountRepository;

/** People with accounts created inside a {@link RunningNode}, for tests that speak real HTTP. */
public final class NodeAccounts {

    public static final String PASSWORD = "a-long-enough-password";

    private NodeAccounts() {}

    /** A teacher (practitioner) named «lastName Дарья» of a new school; returns the login e-mail. */
    public static String teacherWithAccount(RunningNode node, String lastName, String password) {
        RegistryFixtures registry = new RegistryFixtures(
                node.bean(RegionRepository.class),
                node.bean(MunicipalityRepository.class),
                node.bean(OrganisationManagement.class),
                node.bean(PersonManagement.class),
                node.bean(AccountRepository.class),
                node.bean(PasswordEncoder.class),
                node.bean(TransactionTemplate.class));
        Person teacher = registry.teacher(registry.school(registry.municipality()), lastName, "Дарья");
        return registry.user(teacher, password, ScopedRole.unscoped(Role.PRACTITIONER)).getUsername();
    }
}
