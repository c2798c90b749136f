package ru.masterskaya.practice.attention.link;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The link is unknown, expired or already used; the page says so without telling which. */
@ResponseStatus(HttpStatus.GONE)
public class PairLinkNotUsable extends RuntimeException {

    public PairLinkNotUsable() {
        super("the pair link is unknown, expired or used");
    }
}
