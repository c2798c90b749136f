package ru.masterskaya.registry.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The role policy does not let this user give or take away this role, or manage this account. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class RoleGrantRefused extends RuntimeException {

    RoleGrantRefused(String actor, Object target) {
        super(actor + " may not change the roles or account of " + target);
    }
}
