package ru.masterskaya.matching.solver;

import java.util.Arrays;

/** Allowed pairs as parallel primitive arrays, grouped by practitioner, so a large graph stays compact. */
final class CandidateEdges {

    int size;
    int[] practitioner = new int[1024];
    int[] master = new int[1024];
    long[] score = new long[1024];
    int[] need = new int[1024];

    /** After {@link #mastersByPractitioner}: practitioner p's masters lie from practitionerStart[p] to [p + 1]. */
    int[] practitionerStart = new int[1];

    /** The masters of the edges grouped by practitioner, for {@code count} practitioners. */
    int[] mastersByPractitioner(int count) {
        practitionerStart = new int[count + 1];
        for (int e = 0; e < size; e++) {
            practitionerStart[practitioner[e] + 1]++;
        }
        for (int p = 0; p < count; p++) {
            practitionerStart[p + 1] += practitionerStart[p];
        }
        int[] masters = new int[size];
        int[] fill = Arrays.copyOf(practitionerStart, count);
        for (int e = 0; e < size; e++) {
            masters[fill[practitioner[e]]++] = master[e];
        }
        return masters;
    }

    /** Keeps only the edges marked, in their order. */
    void retain(boolean[] keep) {
        int kept = 0;
        for (int e = 0; e < size; e++) {
            if (keep[e]) {
                practitioner[kept] = practitioner[e];
                master[kept] = master[e];
                score[kept] = score[e];
                need[kept] = need[e];
                kept++;
            }
        }
        size = kept;
    }

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
