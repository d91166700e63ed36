package org.chargeplan.siting;

/**
 * Sorting of index arrays by a primitive key without boxing: a stable merge sort, falling keys
 * first, equal keys in index order (so the result is the same on every run).
 */
final class IndexSort {

    private static final int INSERTION = 24;

    private IndexSort() {
    }

    /** Sorts {@code indices} (each an index into {@code key}) by falling key, ties by rising index. */
    static void descending(int[] indices, double[] key) {
        int[] buffer = new int[indices.length];
        sort(indices, buffer, 0, indices.length, key);
    }

    private static boolean before(int a, int b, double[] key) {
        return key[a] > key[b] || (key[a] == key[b] && a < b);
    }

    private static void sort(int[] a, int[] buffer, int from, int to, double[] key) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int value = a[i];
                int j = i - 1;
                while (j >= from && before(value, a[j], key)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(a, buffer, from, middle, key);
        sort(a, buffer, middle, to, key);
        if (!before(a[middle], a[middle - 1], key)) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < middle && !before(buffer[right], buffer[left], key))) {
                a[k] = buffer[left++];
            } else {
                a[k] = buffer[right++];
            }
        }
    }
}
