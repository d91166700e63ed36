package org.chargeplan.road;

import java.util.Arrays;

/** A growable list of (root group, reached group, minutes) triples filled by one search thread. Not thread-safe. */
final class PairBuffer {

    private int[] rootGroup = new int[1024];
    private int[] reachedGroup = new int[1024];
    private double[] minutes = new double[1024];
    private int size;

    void add(int root, int reached, double travelMinutes) {
        if (size == rootGroup.length) {
            int capacity = size * 2;
            rootGroup = Arrays.copyOf(rootGroup, capacity);
            reachedGroup = Arrays.copyOf(reachedGroup, capacity);
            minutes = Arrays.copyOf(minutes, capacity);
        }
        rootGroup[size] = root;
        reachedGroup[size] = reached;
        minutes[size++] = travelMinutes;
    }

    int size() {
        return size;
    }

    int rootGroup(int i) {
        return rootGroup[i];
    }

    int reachedGroup(int i) {
        return reachedGroup[i];
    }

    double minutes(int i) {
        return minutes[i];
    }

    /** Frees the arrays once their pairs are copied out. */
    void release() {
        rootGroup = new int[0];
        reachedGroup = new int[0];
        minutes = new double[0];
        size = 0;
    }
}
