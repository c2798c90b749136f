package ru.masterskaya.registry.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
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
        if (loginAttempts.isLocked(normalized)) {
            return lockedName(normalized);
        }
        return accounts.findByUsername(normalized)
                .filter(Account::hasPassword)
                .map(Account::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalized));
    }

    /**
     * A locked stand-in, whether or not the name exists, so that a lock tells nothing about
     * accounts. The provider refuses it as locked before it looks at the password; an exception
     * thrown here instead would reach the login page as an internal error.
     */
    private static UserDetails lockedName(String username) {
        return User.withUsername(username).password("").accountLocked(true).build();
    }
}
