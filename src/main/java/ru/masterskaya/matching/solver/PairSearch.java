package ru.masterskaya.matching.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a practitioner's best few allowed pairs by a key, score − u − v (with the duals of a restricted
 * solve) or the score itself, without scoring every master. Per topic the masters strong on it are sorted
 * by their own points on it (strength and category) and cut into blocks; a block is skipped when an
 * upper bound of its keys cannot beat the few already found. The bound is exact in every component but
 * the format (the best of the masters in the block offering and not offering the preferred one) and the
 * potential (the least in the block). Masters of the practitioner's own municipality, whose bonus would
 * loosen every bound, are kept in small lists per topic and municipality and scored one by one.
 */
final class PairSearch {

    private static final int BLOCK = 32;
    private static final long NONE = Long.MIN_VALUE / 4;

    /** Receives one pair found: master index, key, exact score and the practitioner's need slot. */
    interface Found {
        void accept(int master, long key, long score, int needSlot);
    }

    private final ScoreTable table;
    private final int formatCount = Format.values().length;

    /** Masters strong on topic t are listMaster[listStart[t]] until listStart[t + 1], best points first. */
    private final int[] listStart;
    private final int[] listMaster;
    private final long[] listBase;
    private final int[] blockStart;
    private final long[] blockMaxBase;
    private final long[] blockMaxOffering;
    private final long[] blockMaxNotOffering;
    private final long[] blockMinV;
    private final int[] blockOpen;
    /** Per master topic slot, the block the master is in on that topic's list. */
    private final int[] blockOfSlot;
    private final Map<Long, int[]> local = new HashMap<>();
    private final int[] stamp;
    private int visit;

    /** Masters closed to new candidates (see {@link #close}); none unless closed. */
    private final boolean[] closed;

    private final TopFew top = new TopFew();

    PairSearch(ScoreTable table) {
        this.table = table;
        int topics = table.topicCount;
        listStart = new int[topics + 1];
        for (int s = 0; s < table.masterTopic.length; s++) {
            listStart[table.masterTopic[s] + 1]++;
        }
        for (int t = 0; t < topics; t++) {
            listStart[t + 1] += listStart[t];
        }
        int[] slotAt = new int[table.masterTopic.length];
        int[] fill = Arrays.copyOf(listStart, topics);
        for (int m = 0; m < table.masterCount; m++) {
            for (int s = table.topicStart[m]; s < table.topicStart[m + 1]; s++) {
                slotAt[fill[table.masterTopic[s]]++] = s;
            }
        }
        int[] masterOfSlot = new int[table.masterTopic.length];
        for (int m = 0; m < table.masterCount; m++) {
            for (int s = table.topicStart[m]; s < table.topicStart[m + 1]; s++) {
                masterOfSlot[s] = m;
            }
        }
        listMaster = new int[slotAt.length];
        listBase = new long[slotAt.length];
        blockStart = new int[topics + 1];
        for (int t = 0; t < topics; t++) {
            int from = listStart[t];
            int to = listStart[t + 1];
            long[] keyed = new long[to - from];
            Integer[] order = new Integer[to - from];
            for (int i = from; i < to; i++) {
                int s = slotAt[i];
                keyed[i - from] = table.strengthPoints[s] + table.categoryPoints[masterOfSlot[s]];
                order[i - from] = i;
            }
            Arrays.sort(order, (a, b) -> keyed[a - from] != keyed[b - from] ? Long.compare(keyed[b - from], keyed[a - from])
                    : Integer.compare(masterOfSlot[slotAt[a]], masterOfSlot[slotAt[b]]));
            int[] sortedSlots = new int[to - from];
            for (int i = 0; i < order.length; i++) {
                sortedSlots[i] = slotAt[order[i]];
            }
            System.arraycopy(sortedSlots, 0, slotAt, from, sortedSlots.length);
            blockStart[t + 1] = blockStart[t] + (to - from + BLOCK - 1) / BLOCK;
        }
        int blocks = blockStart[topics];
        blockMaxBase = new long[blocks];
        blockMaxOffering = new long[blocks * formatCount];
        blockMaxNotOffering = new long[blocks * formatCount];
        blockMinV = new long[blocks];
        blockOpen = new int[blocks];
        blockOfSlot = new int[table.masterTopic.length];
        Arrays.fill(blockMaxBase, NONE);
        Arrays.fill(blockMaxOffering, NONE);
        Arrays.fill(blockMaxNotOffering, NONE);
        for (int t = 0; t < topics; t++) {
            for (int i = listStart[t]; i < listStart[t + 1]; i++) {
                int s = slotAt[i];
                int m = masterOfSlot[s];
                int b = blockStart[t] + (i - listStart[t]) / BLOCK;
                listMaster[i] = m;
                listBase[i] = table.strengthPoints[s] + table.categoryPoints[m];
                blockOfSlot[s] = b;
                blockOpen[b]++;
                blockMaxBase[b] = Math.max(blockMaxBase[b], listBase[i]);
                for (int f = 0; f < formatCount; f++) {
                    long[] side = table.offers(m, f) ? blockMaxOffering : blockMaxNotOffering;
                    side[b * formatCount + f] = Math.max(side[b * formatCount + f], listBase[i]);
                }
            }
        }
        Map<Long, int[]> sizes = new HashMap<>();
        for (int t = 0; t < topics; t++) {
            for (int i = listStart[t]; i < listStart[t + 1]; i++) {
                sizes.computeIfAbsent(localKey(t, table.masterMunicipality[listMaster[i]]), key -> new int[1])[0]++;
            }
        }
        for (int t = 0; t < topics; t++) {
            for (int i = listStart[t]; i < listStart[t + 1]; i++) {
                long key = localKey(t, table.masterMunicipality[listMaster[i]]);
                int[] size = sizes.get(key);
                int[] list = local.computeIfAbsent(key, k -> new int[size[0]]);
                list[list.length - size[0]--] = listMaster[i];
            }
        }
        stamp = new int[table.masterCount];
        closed = new boolean[table.masterCount];
    }

    /** Another search over the same lists, with state of its own, for a second pricing thread. */
    PairSearch(PairSearch shared) {
        table = shared.table;
        listStart = shared.listStart;
        listMaster = shared.listMaster;
        listBase = shared.listBase;
        blockStart = shared.blockStart;
        blockMaxBase = shared.blockMaxBase;
        blockMaxOffering = shared.blockMaxOffering;
        blockMaxNotOffering = shared.blockMaxNotOffering;
        blockOfSlot = shared.blockOfSlot;
        local.putAll(shared.local);
        blockMinV = shared.blockMinV.clone();
        blockOpen = shared.blockOpen.clone();
        closed = shared.closed.clone();
        stamp = new int[table.masterCount];
    }

    private long localKey(int topic, int municipality) {
        return (long) topic * (table.municipalityCount + 1) + municipality;
    }

    /** Takes new master potentials for the block bounds; call whenever they change. */
    void refresh(long[] v) {
        Arrays.fill(blockMinV, Long.MAX_VALUE);
        for (int t = 0; t < blockStart.length - 1; t++) {
            for (int i = listStart[t]; i < listStart[t + 1]; i++) {
                int b = blockStart[t] + (i - listStart[t]) / BLOCK;
                blockMinV[b] = Math.min(blockMinV[b], v[listMaster[i]]);
            }
        }
    }

    /** The greatest points the practitioner's best need can reach with any master: an order of claims. */
    long bestReach(int p) {
        long best = NONE;
        for (int n = table.needStart[p]; n < table.needStart[p + 1]; n++) {
            int t = table.needTopic[n];
            if (listStart[t] < listStart[t + 1]) {
                best = Math.max(best, table.needPoints[n] + listBase[listStart[t]]);
            }
        }
        return best;
    }

    /** From now on the master is not offered to anyone by {@link #best}. */
    void close(int m) {
        if (!closed[m]) {
            closed[m] = true;
            for (int s = table.topicStart[m]; s < table.topicStart[m + 1]; s++) {
                blockOpen[blockOfSlot[s]]--;
            }
        }
    }

    /** Opens every master closed before. */
    void reopen() {
        for (int m = 0; m < closed.length; m++) {
            if (closed[m]) {
                closed[m] = false;
                for (int s = table.topicStart[m]; s < table.topicStart[m + 1]; s++) {
                    blockOpen[blockOfSlot[s]]++;
                }
            }
        }
    }

    /**
     * The practitioner's at most {@code count} allowed pairs with open masters whose key, score − up − v[m],
     * exceeds {@code floor}, greatest key first (v null: all zero).
     */
    void best(int p, long up, long[] v, int count, long floor, Found found) {
        best(p, up, v, count, floor, NO_MASTERS, 0, 0, found);
    }

    private static final int[] NO_MASTERS = {};

    /** The same, leaving out the masters known[from] until known[to] (the practitioner's present candidates). */
    void best(int p, long up, long[] v, int count, long floor, int[] known, int from, int to, Found found) {
        top.reset(count, floor);
        int mark = ++visit;
        for (int i = from; i < to; i++) {
            stamp[known[i]] = mark;
        }
        int municipality = table.practitionerMunicipality[p];
        for (int n = table.needStart[p]; n < table.needStart[p + 1]; n++) {
            int[] nearby = local.get(localKey(table.needTopic[n], municipality));
            if (nearby != null) {
                for (int m : nearby) {
                    if (stamp[m] != mark && !closed[m]) {
                        stamp[m] = mark;
                        consider(p, m, up, v == null ? 0 : v[m]);
                    }
                }
            }
        }
        long rest = table.restBound(p);
        int preferred = table.preferred[p];
        for (int n = table.needStart[p]; n < table.needStart[p + 1]; n++) {
            int t = table.needTopic[n];
            long needPoints = table.needPoints[n];
            for (int b = blockStart[t]; b < blockStart[t + 1]; b++) {
                if (blockOpen[b] == 0) {
                    continue;
                }
                long formatBound = preferred < 0 ? blockMaxBase[b]
                        : Math.max(blockMaxOffering[b * formatCount + preferred] + table.formatBonus(),
                                blockMaxNotOffering[b * formatCount + preferred] - table.formatPenalty());
                long minV = v == null ? 0 : blockMinV[b];
                if (needPoints + formatBound + rest - up - minV <= top.threshold()) {
                    continue;
                }
                int first = listStart[t] + (b - blockStart[t]) * BLOCK;
                int last = Math.min(listStart[t + 1], first + BLOCK);
                for (int i = first; i < last; i++) {
                    int m = listMaster[i];
                    if (stamp[m] == mark || closed[m] || table.masterMunicipality[m] == municipality) {
                        continue;
                    }
                    long vm = v == null ? 0 : v[m];
                    if (needPoints + listBase[i] + table.formatPoints(p, m) + rest - up - vm <= top.threshold()) {
                        continue;
                    }
                    stamp[m] = mark;
                    consider(p, m, up, vm);
                }
            }
        }
        top.emit(found);
    }

    private void consider(int p, int m, long up, long vm) {
        long score = table.score(p, m);
        if (score == ScoreTable.NO_PAIR) {
            return;
        }
        long key = score - up - vm;
        if (key > top.threshold() && table.exclusion(p, m, score) == ScoreTable.ALLOWED) {
            top.offer(m, key, score, table.bestNeed(p, m));
        }
    }

    /**
     * How many masters are candidates for the practitioner, how many of them allowed and how many prohibited,
     * as {candidates, allowed, prohibited}; stops counting at the first allowed one.
     */
    int[] candidateCounts(int p) {
        int[] counts = new int[3];
        int mark = ++visit;
        for (int n = table.needStart[p]; n < table.needStart[p + 1]; n++) {
            int t = table.needTopic[n];
            for (int i = listStart[t]; i < listStart[t + 1]; i++) {
                int m = listMaster[i];
                if (stamp[m] == mark) {
                    continue;
                }
                stamp[m] = mark;
                long score = table.score(p, m);
                if (score == ScoreTable.NO_PAIR) {
                    continue;
                }
                counts[0]++;
                int exclusion = table.exclusion(p, m, score);
                if (exclusion == ScoreTable.ALLOWED) {
                    counts[1]++;
                    return counts;
                }
                counts[2] += exclusion == ScoreTable.PROHIBITED ? 1 : 0;
            }
        }
        return counts;
    }

    /** The few greatest keys seen, as a small min-heap over parallel arrays. */
    private static final class TopFew {
        int capacity;
        int size;
        long floor;
        int[] master = new int[16];
        long[] key = new long[16];
        long[] score = new long[16];
        int[] need = new int[16];

        void reset(int count, long floorKey) {
            capacity = count;
            size = 0;
            floor = floorKey;
            if (master.length < count) {
                master = new int[count];
                key = new long[count];
                score = new long[count];
                need = new int[count];
            }
        }

        /** A key must exceed this to enter. */
        long threshold() {
            return size < capacity ? floor : key[0];
        }

        void offer(int m, long k, long points, int needSlot) {
            if (size < capacity) {
                int i = size++;
                set(i, m, k, points, needSlot);
                while (i > 0 && key[(i - 1) / 2] > key[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
                return;
            }
            set(0, m, k, points, needSlot);
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && key[child + 1] < key[child]) {
                    child++;
                }
                if (key[i] <= key[child]) {
                    return;
                }
                swap(i, child);
                i = child;
            }
        }

        void emit(Found found) {
            for (int i = 0; i < size; i++) {
                found.accept(master[i], key[i], score[i], need[i]);
            }
        }

        private void set(int i, int m, long k, long points, int needSlot) {
            master[i] = m;
            key[i] = k;
            score[i] = points;
            need[i] = needSlot;
        }

        private void swap(int a, int b) {
            int m = master[a];
            long k = key[a];
            long s = score[a];
            int n = need[a];
            set(a, master[b], key[b], score[b], need[b]);
            set(b, m, k, s, n);
        }
    }
}
