package ru.masterskaya.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Tells a locked-out user to wait instead of repeating «wrong password». */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = isLocked(exception) ? "locked" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /**
     * The user details service refuses a locked name before the password is checked, and the
     * authentication provider wraps what that service throws; so the lock may be the cause.
     */
    private static boolean isLocked(AuthenticationException exception) {
        return exception instanceof LockedException || exception.getCause() instanceof LockedException;
    }
}
