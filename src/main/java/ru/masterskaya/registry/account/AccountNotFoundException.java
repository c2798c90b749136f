package ru.masterskaya.registry.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(Object id) {
        super("No account for " + id);
    }
}
