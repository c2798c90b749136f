package ru.masterskaya.matching.request;

/** The priority must be one of the practitioner's own need topics, or the solver would pair them on a topic they do not need. */
public class NotANeedTopic extends RuntimeException {

    public NotANeedTopic() {
        super("The priority topic is not among the request's topics");
    }
}
