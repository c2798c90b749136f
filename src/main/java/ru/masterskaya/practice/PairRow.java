package ru.masterskaya.practice;

/** A line of «Мои пары»: the other side, where they work, the topic, the state and what to do next. */
public record PairRow(PracticePair pair, PairSide ownSide, PairView.Party other, String topicName, NextStep nextStep) {}
