package ru.masterskaya.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo loader acting as an administrator: instruments and campaigns are created through the
 * same secured services a coordinator uses, and those ask who is calling. Nobody signs in on start,
 * so the loader says it is the administrator for the duration of the load and no longer.
 */
final class DemoAuthentication {

    private DemoAuthentication() {}

    static <T> T asAdministrator(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DemoDataLoader.ACTOR, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
