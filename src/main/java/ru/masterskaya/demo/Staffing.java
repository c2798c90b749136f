package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The staffing table of one kind of organisation: posts filled with a given probability (one
 * director, perhaps a speech therapist) and the common posts the rest of the staff is drawn from.
 */
final class Staffing {

    record Single(Post post, double probability) {}

    record Common(Post post, double weight) {}

    private final List<Single> singles = new ArrayList<>();
    private final List<Common> commons = new ArrayList<>();
    private final int minSize;
    private final int maxSize;

    Staffing(int minSize, int maxSize) {
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    Staffing always(Post post) {
        return sometimes(post, 1);
    }

    Staffing sometimes(Post post, double probability) {
        singles.add(new Single(post, probability));
        return this;
    }

    Staffing common(Post post, double weight) {
        commons.add(new Common(post, weight));
        return this;
    }

    /** The posts of one organisation; the staff numbers between the table's bounds. */
    List<Post> draw(Random random) {
        int size = minSize + random.nextInt(maxSize - minSize + 1);
        List<Post> posts = new ArrayList<>();
        for (Single single : singles) {
            if (random.nextDouble() < single.probability()) {
                posts.add(single.post());
            }
        }
        double totalWeight = commons.stream().mapToDouble(Common::weight).sum();
        while (posts.size() < size) {
            posts.add(common(random.nextDouble() * totalWeight));
        }
        return posts;
    }

    private Post common(double point) {
        double reached = 0;
        for (Common common : commons) {
            reached += common.weight();
            if (point < reached) {
                return common.post();
            }
        }
        return commons.getLast().post();
    }
}
