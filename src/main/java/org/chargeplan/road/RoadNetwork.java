package org.chargeplan.road;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.chargeplan.geo.LonLat;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * A directed road network: nodes with WGS84 positions and links weighted by free-flow travel time
 * in minutes, over node indices {@code 0..nodeCount()-1}. Immutable (the JGraphT view is built on
 * first use); thread-safe.
 */
public final class RoadNetwork {

    private final List<RoadNode> nodes;
    private final List<RoadLink> links;
    private final Map<String, Integer> indexById;
    private Graph<Integer, DefaultWeightedEdge> graph;

    /**
     * @param nodes the nodes; ids must be unique
     * @param links links between node indices
     */
    public RoadNetwork(List<RoadNode> nodes, List<RoadLink> links) {
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
        this.indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (indexById.put(nodes.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate road node id " + nodes.get(i).id());
            }
        }
    }

    public int nodeCount() {
        return nodes.size();
    }

    public RoadNode node(int index) {
        return nodes.get(index);
    }

    public List<RoadNode> nodes() {
        return nodes;
    }

    public List<RoadLink> links() {
        return links;
    }

    public OptionalInt indexOf(String nodeId) {
        Integer index = indexById.get(nodeId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public LonLat position(int index) {
        return nodes.get(index).position();
    }

    /** A nearest-node index over all nodes, giving node indices. */
    public org.chargeplan.geo.SpatialIndex<Integer> nodeLocator() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            indices.add(i);
        }
        return new org.chargeplan.geo.SpatialIndex<>(indices, this::position);
    }

    /**
     * The routing graph as a JGraphT graph: vertices are node indices, edge weights are minutes.
     * Built on first use (it costs far more memory than the network itself; the pipeline's own
     * searches do not need it). Do not modify.
     */
    public synchronized Graph<Integer, DefaultWeightedEdge> graph() {
        if (graph == null) {
            Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
            for (int i = 0; i < nodes.size(); i++) {
                g.addVertex(i);
            }
            for (RoadLink link : links) {
                if (link.from() != link.to()) {
                    DefaultWeightedEdge edge = g.addEdge(link.from(), link.to());
                    g.setEdgeWeight(edge, link.travelMinutes());
                }
            }
            graph = g;
        }
        return graph;
    }

    /**
     * The largest strongly connected component, so that every node can reach and be reached from
     * every other (a station in a one-way dead end would otherwise look reachable from nowhere).
     * Ties between equally large components go to the one holding the lowest node index.
     */
    public Component largestStronglyConnected() {
        boolean[] keep = StrongComponents.largest(nodes.size(), links);
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept == nodes.size()) {
            return new Component(this, 0, 0);
        }
        int[] newIndex = new int[nodes.size()];
        List<RoadNode> keptNodes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            newIndex[i] = keep[i] ? keptNodes.size() : -1;
            if (newIndex[i] >= 0) {
                keptNodes.add(nodes.get(i));
            }
        }
        List<RoadLink> keptLinks = new ArrayList<>();
        for (RoadLink link : links) {
            if (newIndex[link.from()] >= 0 && newIndex[link.to()] >= 0) {
                keptLinks.add(new RoadLink(link.id(), newIndex[link.from()], newIndex[link.to()],
                        link.travelMinutes(), link.lengthMeters(), link.geometry()));
            }
        }
        return new Component(new RoadNetwork(keptNodes, keptLinks), nodes.size() - keptNodes.size(),
                links.size() - keptLinks.size());
    }

    /**
     * The result of keeping the largest strongly connected component.
     *
     * @param network      the component as a network of its own
     * @param droppedNodes nodes outside it
     * @param droppedLinks links touching a dropped node
     */
    public record Component(RoadNetwork network, int droppedNodes, int droppedLinks) {
    }
}
