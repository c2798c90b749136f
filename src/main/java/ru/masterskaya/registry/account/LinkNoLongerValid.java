package ru.masterskaya.registry.account;

/**
 * The one-time link is unknown, expired, already used or replaced by a newer one. The user is
 * told only that the link no longer works, never which of these it was.
 */
public class LinkNoLongerValid extends RuntimeException {

    LinkNoLongerValid() {
        super("The one-time link is not valid");
    }
}
