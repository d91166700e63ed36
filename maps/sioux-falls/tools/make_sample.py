#!/usr/bin/env python3
"""Generate the chargeplan Sioux Falls sample study data.

Reads the published figures of
  * the Sioux Falls network (Transportation Networks for Research Core Team,
    "Transportation Networks for Research"; LeBlanc, Morlok & Pierskalla 1975,
    Transportation Research 9, 309-318): SiouxFalls_net.tntp,
    SiouxFalls_node.tntp, SiouxFalls_trips.tntp
  * the Baran & Wu 33-bus feeder (MATPOWER case33bw; Baran & Wu 1989,
    IEEE Trans. Power Delivery 4(2):1401-1407): case33bw.m
and writes roads.geojson, od.csv, candidates.geojson and feeder.geojson next
to this tools/ directory.  The feeder placement over the city, the transformer
ratings, the site costs and the existing station are SYNTHETIC (invented here).

Usage: python3 make_sample.py [DATA_DIR] [--out OUT_DIR]
  DATA_DIR defaults to ../../../../shared/data relative to this script.
Python 3 standard library only; output is deterministic.
"""
import argparse
import json
import math
import os
import re
import sys

EARTH_RADIUS_M = 6371008.8
HERE = os.path.dirname(os.path.abspath(__file__))

CENTRAL_NODES = {10, 11, 15, 16}
CENTRAL_COST = 90000
OUTER_COST_MIN = 40000   # farthest non-central node
OUTER_COST_MAX = 85000   # nearest non-central node
EXISTING_STATION = {"S10": {"ac22": 4}}

VN_KV = 12.66
TRAFO_PF = 0.95
TRAFO_MARGIN = 1.15
TRAFO_SIZES_KVA = [50, 100, 160, 250, 315, 400, 500, 630, 800, 1000]

# Synthetic placement of the 33 buses over the road network.
# ("node", n)        -> at road node n, nudged BUS_NUDGE_M towards the substation
# ("mid", a, b)      -> midpoint of road nodes a and b
# Bus 1 (substation) sits SUBSTATION_FRACTION of the way from node 10 to node 11.
SUBSTATION_FROM, SUBSTATION_TOWARDS, SUBSTATION_FRACTION = 10, 11, 0.35
BUS_NUDGE_M = 40.0
BUS_PLACEMENT = {
    # main trunk 2-18: centre -> north-west -> west -> south -> south-east -> east
    2: ("node", 10), 3: ("node", 9), 4: ("node", 5), 5: ("node", 4),
    6: ("node", 3), 7: ("mid", 3, 12), 8: ("node", 12), 9: ("mid", 12, 13),
    10: ("node", 13), 11: ("mid", 13, 24), 12: ("node", 24), 13: ("mid", 24, 21),
    14: ("node", 21), 15: ("node", 20), 16: ("node", 19), 17: ("node", 18),
    18: ("node", 7),
    # lateral 19-22 from bus 2: west then south
    19: ("node", 11), 20: ("node", 14), 21: ("node", 23), 22: ("node", 22),
    # lateral 23-25 from bus 3: east then south
    23: ("node", 16), 24: ("node", 17), 25: ("node", 15),
    # lateral 26-33 from bus 6: north, across the top, down the east side
    26: ("mid", 3, 1), 27: ("node", 1), 28: ("mid", 1, 2), 29: ("node", 2),
    30: ("node", 6), 31: ("mid", 6, 8), 32: ("node", 8), 33: ("mid", 8, 7),
}


def haversine_m(a, b):
    lon1, lat1 = map(math.radians, a)
    lon2, lat2 = map(math.radians, b)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


def pt(c):
    return [round(c[0], 7), round(c[1], 7)]


def num(x, nd=4):
    x = round(float(x), nd)
    return int(x) if x.is_integer() else x


def tokens(line):
    return line.replace(";", " ").split()


def read_nodes(path):
    nodes = {}
    with open(path) as f:
        for line in f:
            t = tokens(line)
            if len(t) >= 3 and t[0].isdigit():
                nodes[int(t[0])] = (float(t[1]), float(t[2]))
    return nodes


def read_links(path):
    links, body = [], False
    with open(path) as f:
        for line in f:
            if "<END OF METADATA>" in line:
                body = True
                continue
            s = line.strip()
            if not body or not s or s.startswith("~"):
                continue
            t = tokens(s)
            links.append({"init": int(t[0]), "term": int(t[1]),
                          "free_flow_time": float(t[4])})
    return links


def read_trips(path):
    od, origin, body = {}, None, False
    with open(path) as f:
        for line in f:
            if "<END OF METADATA>" in line:
                body = True
                continue
            if not body:
                continue
            m = re.match(r"\s*Origin\s+(\d+)", line)
            if m:
                origin = int(m.group(1))
                continue
            for d, v in re.findall(r"(\d+)\s*:\s*([0-9.eE+-]+)\s*;", line):
                od[(origin, int(d))] = float(v)
    return od


def read_matrix(text, name):
    m = re.search(r"mpc\." + name + r"\s*=\s*\[(.*?)\];", text, re.S)
    rows = []
    for line in m.group(1).splitlines():
        line = line.split("%")[0].strip().rstrip(";").strip()
        if line:
            rows.append([float(v) for v in line.split()])
    return rows


def write_json(path, obj):
    with open(path, "w", newline="\n") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def feature(geom_type, coords, props):
    return {"type": "Feature", "properties": props,
            "geometry": {"type": geom_type, "coordinates": coords}}


def move_towards(a, b, metres):
    d = haversine_m(a, b)
    if d == 0:
        return a
    f = min(1.0, metres / d)
    return (a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?",
                    default=os.path.normpath(os.path.join(HERE, "../../../../shared/data")))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(HERE, "..")))
    a = ap.parse_args()
    sf = os.path.join(a.data, "sioux-falls")

    nodes = read_nodes(os.path.join(sf, "SiouxFalls_node.tntp"))
    links = read_links(os.path.join(sf, "SiouxFalls_net.tntp"))
    od = read_trips(os.path.join(sf, "SiouxFalls_trips.tntp"))

    # 1. roads.geojson
    feats = []
    for i, l in enumerate(links, 1):
        p, q = nodes[l["init"]], nodes[l["term"]]
        feats.append(feature("LineString", [pt(p), pt(q)], {
            "id": str(i), "from": str(l["init"]), "to": str(l["term"]),
            "travel_minutes": round(l["free_flow_time"] * 0.6, 4),
            "length_m": round(haversine_m(p, q), 1),
            "oneway": True}))
    write_json(os.path.join(a.out, "roads.geojson"), fc(feats))

    # 2. od.csv
    rows = sorted((o, d, v) for (o, d), v in od.items() if v != 0)
    with open(os.path.join(a.out, "od.csv"), "w", newline="\n") as f:
        f.write("origin,destination,trips\n")
        for o, d, v in rows:
            f.write("%d,%d,%s\n" % (o, d, num(v)))
    od_total = sum(v for _, _, v in rows)

    # 3. candidates.geojson
    centre = nodes[10]
    outer = {n: haversine_m(nodes[n], centre) for n in nodes if n not in CENTRAL_NODES}
    dmin, dmax = min(outer.values()), max(outer.values())
    feats, costs = [], {}
    for n in sorted(nodes):
        if n in CENTRAL_NODES:
            cost = CENTRAL_COST
        else:
            frac = (outer[n] - dmin) / (dmax - dmin)
            cost = int(round((OUTER_COST_MAX - frac * (OUTER_COST_MAX - OUTER_COST_MIN)) / 1000.0)) * 1000
        costs[n] = cost
        sid = "S%d" % n
        props = {"id": sid, "road_node": str(n), "site_cost": cost}
        if sid in EXISTING_STATION:
            props["existing_chargers"] = dict(EXISTING_STATION[sid])
        feats.append(feature("Point", pt(nodes[n]), props))
    write_json(os.path.join(a.out, "candidates.geojson"), fc(feats))

    # 4. feeder.geojson
    text = open(os.path.join(a.data, "ieee33", "case33bw.m")).read()
    buses = read_matrix(text, "bus")
    branches = read_matrix(text, "branch")
    s0 = nodes[SUBSTATION_FROM]
    s1 = nodes[SUBSTATION_TOWARDS]
    sub = (s0[0] + SUBSTATION_FRACTION * (s1[0] - s0[0]),
           s0[1] + SUBSTATION_FRACTION * (s1[1] - s0[1]))
    pos = {1: sub}
    for b, spec in BUS_PLACEMENT.items():
        if spec[0] == "node":
            pos[b] = move_towards(nodes[spec[1]], sub, BUS_NUDGE_M)
        else:
            p, q = nodes[spec[1]], nodes[spec[2]]
            pos[b] = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
    pos = {b: tuple(pt(c)) for b, c in pos.items()}
    lons = [c[0] for c in nodes.values()]
    lats = [c[1] for c in nodes.values()]
    for b, c in pos.items():
        assert min(lons) <= c[0] <= max(lons) and min(lats) <= c[1] <= max(lats), b

    bus_feats, br_feats, tr_feats, ratings = [], [], [], {}
    load_p = load_q = 0.0
    for r in buses:
        b, pd, qd = int(r[0]), r[2], r[3]
        load_p += pd
        load_q += qd
        bus_feats.append(feature("Point", list(pos[b]), {
            "kind": "bus", "id": str(b), "base_kw": round(pd, 4), "base_kvar": round(qd, 4),
            "vn_kv": VN_KV, "slack": int(r[1]) == 3}))
        if b != 1:
            s = math.hypot(pd, qd) * TRAFO_MARGIN
            rating = next(k for k in TRAFO_SIZES_KVA if k >= s)
            ratings[b] = (math.hypot(pd, qd), rating)
            tr_feats.append(feature("Point", list(pos[b]), {
                "kind": "transformer", "id": "T%d" % b, "bus": str(b),
                "rating_kva": rating, "power_factor": TRAFO_PF}))
    out_of_service = 0
    for i, r in enumerate(branches, 1):
        f_, t_ = int(r[0]), int(r[1])
        on = int(r[10]) != 0
        out_of_service += not on
        br_feats.append(feature("LineString", [list(pos[f_]), list(pos[t_])], {
            "kind": "branch", "id": "L%d" % i, "from": str(f_), "to": str(t_),
            "r_ohm": round(r[2], 4), "x_ohm": round(r[3], 4), "in_service": on}))
    write_json(os.path.join(a.out, "feeder.geojson"),
               fc(bus_feats + br_feats + tr_feats))

    # checks and report
    print("roads: %d links, %d nodes" % (len(links), len(nodes)))
    print("od: %d rows, total %s" % (len(rows), num(od_total)))
    print("feeder: %d buses, %d branches (%d out of service), %d transformers, load %s kW / %s kvar"
          % (len(buses), len(branches), out_of_service, len(tr_feats), num(load_p), num(load_q)))
    assert len(links) == 76 and len(nodes) == 24
    assert len(rows) == 528 and od_total == 360600
    assert len(buses) == 33 and len(branches) == 37 and out_of_service == 5
    assert len(tr_feats) == 32 and load_p == 3715 and load_q == 2300

    print("\nsite costs:", " ".join("S%d=%d" % (n, costs[n]) for n in sorted(costs)))
    print("\ntransformers (bus: |S| kVA -> rating kVA):")
    for b in sorted(ratings):
        print("  T%-3d %7.1f -> %4d" % (b, ratings[b][0], ratings[b][1]))
    print("\nnearest bus per road node:")
    used = set()
    for n in sorted(nodes):
        b, d = min(((b, haversine_m(nodes[n], c)) for b, c in pos.items()),
                   key=lambda x: (x[1], x[0]))
        used.add(b)
        print("  node %2d -> bus %2d  %7.1f m" % (n, b, d))
    print("distinct nearest buses: %d" % len(used))
    assert len(used) >= 12
    return 0


if __name__ == "__main__":
    sys.exit(main())
