package ru.masterskaya.matching.solver;

import java.util.Arrays;

/** Allowed pairs as parallel primitive arrays, grouped by practitioner, so a large graph stays compact. */
final class CandidateEdges {

    int size;
    int[] practitioner = new int[1024];
    int[] master = new int[1024];
    long[] score = new long[1024];
    int[] need = new int[1024];

    void add(int practitionerIndex, int masterIndex, long points, int needIndex) {
        if (size == practitioner.length) {
            int grown = size * 2;
            practitioner = Arrays.copyOf(practitioner, grown);
            master = Arrays.copyOf(master, grown);
            score = Arrays.copyOf(score, grown);
            need = Arrays.copyOf(need, grown);
        }
        practitioner[size] = practitionerIndex;
        master[size] = masterIndex;
        score[size] = points;
        need[size] = needIndex;
        size++;
    }
}
