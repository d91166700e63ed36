package org.chargeplan.road;

/**
 * Strongly connected components of a road network by Kosaraju's algorithm (Sharir 1981): a
 * depth-first search along links records finishing order, a second along reversed links, in
 * reverse finishing order, collects one component per tree. Both searches use explicit stacks, so
 * a province-size network cannot overflow the call stack. O(nodes + links) time and memory.
 */
final class StrongComponents {

    private StrongComponents() {
    }

    /**
     * The nodes of the largest component, as a membership mask; ties go to the component holding
     * the lowest node index.
     */
    static boolean[] largest(int nodeCount, java.util.List<RoadLink> links) {
        CsrGraph forward = CsrGraph.of(nodeCount, links, false);
        CsrGraph backward = CsrGraph.of(nodeCount, links, true);
        int[] order = finishingOrder(forward);
        int[] component = new int[nodeCount];
        java.util.Arrays.fill(component, -1);
        int[] stack = new int[nodeCount];
        int components = 0;
        int bestComponent = -1;
        int bestSize = 0;
        int bestLowest = Integer.MAX_VALUE;
        for (int i = nodeCount - 1; i >= 0; i--) {
            int root = order[i];
            if (component[root] >= 0) {
                continue;
            }
            int size = 0;
            int lowest = root;
            int top = 0;
            stack[top++] = root;
            component[root] = components;
            while (top > 0) {
                int v = stack[--top];
                size++;
                lowest = Math.min(lowest, v);
                for (int arc = backward.first[v]; arc < backward.first[v + 1]; arc++) {
                    int w = backward.head[arc];
                    if (component[w] < 0) {
                        component[w] = components;
                        stack[top++] = w;
                    }
                }
            }
            if (size > bestSize || (size == bestSize && lowest < bestLowest)) {
                bestComponent = components;
                bestSize = size;
                bestLowest = lowest;
            }
            components++;
        }
        boolean[] keep = new boolean[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            keep[v] = component[v] == bestComponent;
        }
        return keep;
    }

    /** Nodes in the order their depth-first search finishes (iterative, roots in index order). */
    private static int[] finishingOrder(CsrGraph graph) {
        int n = graph.nodeCount();
        int[] order = new int[n];
        int finished = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] nextArc = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            nextArc[root] = graph.first[root];
            while (top > 0) {
                int v = stack[top - 1];
                if (nextArc[v] < graph.first[v + 1]) {
                    int w = graph.head[nextArc[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        nextArc[w] = graph.first[w];
                        stack[top++] = w;
                    }
                } else {
                    order[finished++] = v;
                    top--;
                }
            }
        }
        return order;
    }
}
