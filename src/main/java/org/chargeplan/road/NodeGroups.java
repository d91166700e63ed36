package org.chargeplan.road;

import java.util.Arrays;

/**
 * Items (demand points or sites) grouped by the road node they sit at: group {@code g} is the g-th
 * distinct node in ascending order, holding its items in ascending order. Immutable.
 */
final class NodeGroups {

    private final int[] nodeOfGroup;
    private final int[] groupOfNode;
    private final int[] groupOfItem;
    private final int[] itemFirst;
    private final int[] items;

    private NodeGroups(int[] nodeOfGroup, int[] groupOfNode, int[] groupOfItem, int[] itemFirst, int[] items) {
        this.nodeOfGroup = nodeOfGroup;
        this.groupOfNode = groupOfNode;
        this.groupOfItem = groupOfItem;
        this.itemFirst = itemFirst;
        this.items = items;
    }

    /** Groups {@code nodeOfItem} (item i at node {@code nodeOfItem[i]}) over a network of {@code nodeCount} nodes. */
    static NodeGroups of(int[] nodeOfItem, int nodeCount) {
        int[] groupOfNode = new int[nodeCount];
        Arrays.fill(groupOfNode, -1);
        int[] perNode = new int[nodeCount];
        for (int node : nodeOfItem) {
            if (node < 0 || node >= nodeCount) {
                throw new IllegalArgumentException("node index " + node + " outside the network of " + nodeCount);
            }
            perNode[node]++;
        }
        int groups = 0;
        for (int v = 0; v < nodeCount; v++) {
            if (perNode[v] > 0) {
                groupOfNode[v] = groups++;
            }
        }
        int[] nodeOfGroup = new int[groups];
        int[] itemFirst = new int[groups + 1];
        for (int v = 0; v < nodeCount; v++) {
            if (groupOfNode[v] >= 0) {
                nodeOfGroup[groupOfNode[v]] = v;
                itemFirst[groupOfNode[v] + 1] = perNode[v];
            }
        }
        for (int g = 0; g < groups; g++) {
            itemFirst[g + 1] += itemFirst[g];
        }
        int[] fill = Arrays.copyOf(itemFirst, groups);
        int[] items = new int[nodeOfItem.length];
        int[] groupOfItem = new int[nodeOfItem.length];
        for (int i = 0; i < nodeOfItem.length; i++) {
            int g = groupOfNode[nodeOfItem[i]];
            groupOfItem[i] = g;
            items[fill[g]++] = i;
        }
        return new NodeGroups(nodeOfGroup, groupOfNode, groupOfItem, itemFirst, items);
    }

    int distinctCount() {
        return nodeOfGroup.length;
    }

    int itemCount() {
        return groupOfItem.length;
    }

    int node(int group) {
        return nodeOfGroup[group];
    }

    /** The group at {@code node}, or -1 when no item sits there. */
    int groupOf(int node) {
        return groupOfNode[node];
    }

    int groupOfItem(int item) {
        return groupOfItem[item];
    }

    int groupSize(int group) {
        return itemFirst[group + 1] - itemFirst[group];
    }

    /** The k-th item of a group (ascending). */
    int item(int group, int k) {
        return items[itemFirst[group] + k];
    }
}
