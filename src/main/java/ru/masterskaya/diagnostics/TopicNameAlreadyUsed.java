package ru.masterskaya.diagnostics;

/** Another topic of the catalogue already has this name, ignoring case and «ё»/«е». */
public class TopicNameAlreadyUsed extends RuntimeException {

    public TopicNameAlreadyUsed(String name) {
        super("Topic name already used: " + name);
    }
}
