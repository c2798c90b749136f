package ru.masterskaya.registry;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.RunningNode;
import ru.masterskaya.registry.account.Account;
import ru.masterskaya.registry.account.AccountRepository;

/** People with accounts created inside a {@link RunningNode}, for tests that speak real HTTP. */
public final class NodeAccounts {

    public static final String PASSWORD = "a-long-enough-password";

    private NodeAccounts() {}

    /** A teacher (practitioner) of a new school; returns the login e-mail. */
    public static String teacherWithAccount(RunningNode node, String lastName, String password) {
        String email = "node-" + UUID.randomUUID() + "@example.ru";
        node.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            Region region = node.bean(RegionRepository.class).save(new Region("Регион " + UUID.randomUUID()));
            Municipality town = node.bean(MunicipalityRepository.class).save(new Municipality(region, "Округ " + UUID.randomUUID()));
            Organisation school = node.bean(OrganisationManagement.class).register(
                    new OrganisationParameters(town.getId(), "SCHOOL", "Школа " + lastName, "Школа " + lastName, null, null),
                    RegistryScope.EVERYTHING, "test");
            Person teacher = node.bean(PersonManagement.class).register(
                    new PersonParameters(school.getId(), lastName, "Дарья", null, email, null, "учитель", null,
                            QualificationCategory.NONE, 2020, 1995, true),
                    RegistryScope.EVERYTHING, "test");
            Account account = new Account(teacher, Instant.now());
            account.setPasswordHash(node.bean(PasswordEncoder.class).encode(password));
            account.grant(ScopedRole.unscoped(Role.PRACTITIONER));
            node.bean(AccountRepository.class).save(account);
        });
        return email;
    }
}
