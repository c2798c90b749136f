package ru.masterskaya.registry;

/** Another person already uses this e-mail, which is also their login. */
public class EmailAlreadyRegistered extends RuntimeException {

    public EmailAlreadyRegistered(String email) {
        super("E-mail already registered: " + email);
    }
}
