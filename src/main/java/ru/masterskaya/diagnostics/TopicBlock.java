package ru.masterskaya.diagnostics;

/**
 * The blocks of the catalogue, in the order they are shown. The five blocks of the professional
 * standard and Р-201 are followed by the managerial one, meant for deputies and heads of
 * methodological formations. The same codes and order live in the {@code topic_block} table.
 */
public enum TopicBlock {
    SUBJECT,
    METHODICAL,
    PSYCHOLOGICAL,
    COMMUNICATIVE,
    LEGAL,
    MANAGERIAL;

    public String messageKey() {
        return "topicBlock." + name();
    }
}
