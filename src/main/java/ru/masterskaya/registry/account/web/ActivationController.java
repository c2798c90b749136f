package ru.masterskaya.registry.account.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.masterskaya.registry.account.Invitations;

/** The invitation link: the invited person chooses a password and can then log in. */
@Controller
@RequestMapping("/account/activate/{token}")
class ActivationController extends SetPasswordByLinkController {

    private final Invitations invitations;

    ActivationController(Invitations invitations) {
        super("activation", "/account/activate/");
        this.invitations = invitations;
    }

    @Override
    Optional<String> loginOf(String token) {
        return invitations.loginOf(token);
    }

    @Override
    void use(String token, String password) {
        invitations.activate(token, password);
    }
}
