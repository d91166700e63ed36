package org.chargeplan.road;

/**
 * Dijkstra's algorithm from one root, stopping at a radius, on a {@link CsrGraph}, with an indexed
 * binary heap (decrease-key) and per-node arrays reused from search to search (a search stamp marks
 * which entries are current, so nothing is cleared between searches). One instance per thread; not
 * thread-safe.
 *
 * <p>After {@link #run}, the settled nodes are {@code settled(0..settledCount()-1)} in order of
 * distance, with their distances in minutes. A node at exactly the radius is settled.
 */
final class BoundedDijkstra {

    private final CsrGraph graph;
    private final double[] distance;
    private final int[] stamp;
    private final int[] heapIndex;
    private final int[] heap;
    private final int[] settled;
    private int heapSize;
    private int settledCount;
    private int currentStamp;

    BoundedDijkstra(CsrGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        distance = new double[n];
        stamp = new int[n];
        heapIndex = new int[n];
        heap = new int[n];
        settled = new int[n];
    }

    /** Settles every node within {@code radiusMinutes} of {@code root}. */
    void run(int root, double radiusMinutes) {
        currentStamp++;
        heapSize = 0;
        settledCount = 0;
        reach(root, 0);
        while (heapSize > 0) {
            int u = pop();
            double du = distance[u];
            settled[settledCount++] = u;
            for (int arc = graph.first[u]; arc < graph.first[u + 1]; arc++) {
                double dv = du + graph.minutes[arc];
                if (dv <= radiusMinutes) {
                    reach(graph.head[arc], dv);
                }
            }
        }
    }

    int settledCount() {
        return settledCount;
    }

    int settled(int i) {
        return settled[i];
    }

    double distance(int node) {
        return distance[node];
    }

    /** Records a path of {@code d} minutes to {@code v} if it is the shortest so far. */
    private void reach(int v, double d) {
        if (stamp[v] != currentStamp) {
            stamp[v] = currentStamp;
            distance[v] = d;
            heapIndex[v] = heapSize;
            heap[heapSize++] = v;
            siftUp(heapIndex[v]);
        } else if (heapIndex[v] >= 0 && d < distance[v]) {
            distance[v] = d;
            siftUp(heapIndex[v]);
        }
    }

    private int pop() {
        int top = heap[0];
        heapIndex[top] = -1;
        heapSize--;
        if (heapSize > 0) {
            heap[0] = heap[heapSize];
            heapIndex[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int v = heap[i];
        double d = distance[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (distance[p] <= d) {
                break;
            }
            heap[i] = p;
            heapIndex[p] = i;
            i = parent;
        }
        heap[i] = v;
        heapIndex[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        double d = distance[v];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && distance[heap[child + 1]] < distance[heap[child]]) {
                child++;
            }
            int c = heap[child];
            if (distance[c] >= d) {
                break;
            }
            heap[i] = c;
            heapIndex[c] = i;
            i = child;
        }
        heap[i] = v;
        heapIndex[v] = i;
    }
}
