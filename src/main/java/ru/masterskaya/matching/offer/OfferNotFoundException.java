package ru.masterskaya.matching.offer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such offer, or one the user may not see: both answer 404 so that ids cannot be probed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfferNotFoundException extends RuntimeException {

    public OfferNotFoundException(Object id) {
        super("Offer " + id + " not found");
    }
}
