package ru.masterskaya.registry.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in user with roles; refuses while too many failed logins lock the name. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginAttempts loginAttempts;

    AccountUserDetailsService(AccountRepository accounts, LoginAttempts loginAttempts) {
        this.accounts = accounts;
        this.loginAttempts = loginAttempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        loginAttempts.ensureNotLocked(normalized);
        return accounts.findByUsername(normalized)
                .filter(Account::hasPassword)
                .map(Account::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalized));
    }
}
