package ru.masterskaya.registry.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has already set a password, so there is nothing to invite them to. */
@ResponseStatus(HttpStatus.CONFLICT)
public class AccountAlreadyActivated extends RuntimeException {

    AccountAlreadyActivated(Object id) {
        super("Account already has a password: " + id);
    }
}
