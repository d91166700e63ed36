package org.chargeplan.grid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The tree that the in-service branches of a radial feeder form, rooted at the slack bus: each
 * bus's parent and the branch to it, and an order from the root outwards (every bus after its
 * parent), the order a backward/forward sweep needs.
 *
 * <p>{@link #of} tells why a feeder is not radial: a loop (an in-service branch between two buses
 * already connected) or a bus that no in-service branch reaches. Immutable.
 */
public final class RadialTopology {

    private final int[] parent;
    private final int[] parentBranch;
    private final int[] order;

    private RadialTopology(int[] parent, int[] parentBranch, int[] order) {
        this.parent = parent;
        this.parentBranch = parentBranch;
        this.order = order;
    }

    /**
     * Why a feeder is not a radial tree.
     *
     * @param kind    "branch" or "bus"
     * @param element the branch or bus id
     * @param message what is wrong and how to fix it
     */
    public record Problem(String kind, String element, String message) {
    }

    /** The tree of {@code feeder}, or why it is not one. */
    public static Result of(Feeder feeder) {
        int n = feeder.buses().size();
        List<List<int[]>> adjacent = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            adjacent.add(new ArrayList<>());
        }
        List<Branch> branches = feeder.branches();
        for (int l = 0; l < branches.size(); l++) {
            Branch branch = branches.get(l);
            if (branch.inService()) {
                adjacent.get(branch.fromBus()).add(new int[] {branch.toBus(), l});
                adjacent.get(branch.toBus()).add(new int[] {branch.fromBus(), l});
            }
        }
        int root = feeder.slackBus();
        int[] parent = new int[n];
        int[] parentBranch = new int[n];
        Arrays.fill(parent, -2);
        parent[root] = -1;
        parentBranch[root] = -1;
        int[] order = new int[n];
        int count = 0;
        boolean[] branchUsed = new boolean[branches.size()];
        Deque<Integer> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            int bus = queue.poll();
            order[count++] = bus;
            for (int[] edge : adjacent.get(bus)) {
                int next = edge[0];
                int l = edge[1];
                if (branchUsed[l]) {
                    continue;
                }
                branchUsed[l] = true;
                if (parent[next] != -2) {
                    return new Result(Optional.empty(), Optional.of(new Problem("branch", branches.get(l).id(),
                            "closes a loop between buses " + feeder.buses().get(branches.get(l).fromBus()).id()
                                    + " and " + feeder.buses().get(branches.get(l).toBus()).id()
                                    + "; the feeder must be radial (open a tie switch with in_service false)")));
                }
                parent[next] = bus;
                parentBranch[next] = l;
                queue.add(next);
            }
        }
        for (int b = 0; b < n; b++) {
            if (parent[b] == -2) {
                return new Result(Optional.empty(), Optional.of(new Problem("bus", feeder.buses().get(b).id(),
                        "is not connected to the slack bus by in-service branches")));
            }
        }
        return new Result(Optional.of(new RadialTopology(parent, parentBranch, order)), Optional.empty());
    }

    /** Either the tree or the problem. */
    public record Result(Optional<RadialTopology> topology, Optional<Problem> problem) {
    }

    /** The parent of a bus, -1 for the root. */
    public int parent(int bus) {
        return parent[bus];
    }

    /** The branch from a bus's parent to it, -1 for the root. */
    public int parentBranch(int bus) {
        return parentBranch[bus];
    }

    /** Buses from the root outwards: each after its parent. */
    public int[] order() {
        return order.clone();
    }

    int orderAt(int position) {
        return order[position];
    }

    int busCount() {
        return order.length;
    }
}
