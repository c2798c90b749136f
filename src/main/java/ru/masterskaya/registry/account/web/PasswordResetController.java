package ru.masterskaya.registry.account.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.account.PasswordResets;

/** The reset link from the «forgot password» e-mail: a new password, then the login page. */
@Controller
@RequestMapping("/password/reset/{token}")
class PasswordResetController extends SetPasswordByLinkController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        super("reset", "/password/reset/");
        this.resets = resets;
    }

    @Override
    Optional<String> loginOf(String token) {
        return resets.loginOf(token);
    }

    @Override
    void use(String token, String password) {
        resets.reset(token, password);
    }
}
