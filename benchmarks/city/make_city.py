#!/usr/bin/env python3
"""Seeded synthetic city for chargeplan's scale benchmark.

Writes, into OUT_DIR, a study in chargeplan's own formats:
  roads.geojson       a square street grid (250 m blocks); every 5th street an arterial at
                      50 km/h, the others 30 km/h, each link's time stretched by a seeded
                      congestion factor in [1.0, 1.4]; two-way links
  demand.geojson      DEMAND points (kwh_per_day, class home|work), clustered around a
                      centre and a few sub-centres, lognormal energies (median 6 kWh/day)
  candidates.geojson  DEMAND/10 candidate sites on road nodes (site_cost 20,000-60,000)
  feeder.geojson      one radial 33 kV network: a substation at the centre, one bus per
                      block of 6x6 road nodes, a spanning tree along the grid (trunk first),
                      a 33/0.4 kV transformer at every bus
  scenario.yaml       max-coverage within a budget, reach REACH minutes, 1 % gap, 2 threads

Usage: make_city.py DEMAND SEED OUT_DIR [REACH_MINUTES]
Same arguments, same bytes.
"""
import json
import math
import os
import random
import sys

BLOCK_M = 250.0
LAT0, LON0 = 50.0, 10.0
M_PER_DEG_LAT = 111_320.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))


def lonlat(x_m, y_m):
    return [round(LON0 + x_m / M_PER_DEG_LON, 7), round(LAT0 + y_m / M_PER_DEG_LAT, 7)]


def feature(props, geometry):
    return {"type": "Feature", "properties": props, "geometry": geometry}


def write(path, features):
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"))
        f.write("\n")


def main():
    demand_count = int(sys.argv[1])
    seed = int(sys.argv[2])
    out = sys.argv[3]
    reach = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)

    n = max(6, round(math.sqrt(demand_count / 8)))  # n x n road nodes
    node = lambda i, j: i * n + j
    xy = lambda i, j: (j * BLOCK_M, i * BLOCK_M)

    roads = []
    for i in range(n):
        for j in range(n):
            for di, dj in ((0, 1), (1, 0)):
                a, b = i + di, j + dj
                if a >= n or b >= n:
                    continue
                arterial = (i % 5 == 0) if di == 0 else (j % 5 == 0)
                kmh = 50.0 if arterial else 30.0
                minutes = BLOCK_M / 1000.0 / kmh * 60.0 * rng.uniform(1.0, 1.4)
                roads.append(feature(
                    {"id": "L%d" % len(roads), "from": str(node(i, j)), "to": str(node(a, b)),
                     "travel_minutes": round(minutes, 4), "length_m": BLOCK_M, "oneway": False},
                    {"type": "LineString", "coordinates": [lonlat(*xy(i, j)), lonlat(*xy(a, b))]}))
    write(os.path.join(out, "roads.geojson"), roads)

    side = (n - 1) * BLOCK_M
    centres = [(side / 2, side / 2, side / 5, 0.5)]
    for _ in range(3):
        centres.append((rng.uniform(0.2, 0.8) * side, rng.uniform(0.2, 0.8) * side, side / 10, 0.5 / 3))
    demand = []
    for d in range(demand_count):
        r = rng.random()
        for cx, cy, spread, weight in centres:
            r -= weight
            if r <= 0:
                break
        x = min(side, max(0.0, rng.gauss(cx, spread)))
        y = min(side, max(0.0, rng.gauss(cy, spread)))
        kwh = round(min(80.0, rng.lognormvariate(math.log(6.0), 0.6)), 2)
        demand.append(feature({"id": "D%d" % d, "kwh_per_day": kwh, "class": "home" if rng.random() < 0.6 else "work"},
                              {"type": "Point", "coordinates": lonlat(x, y)}))
    write(os.path.join(out, "demand.geojson"), demand)

    candidates = []
    nodes = rng.sample(range(n * n), min(n * n, max(5, demand_count // 10)))
    for c, v in enumerate(nodes):
        i, j = divmod(v, n)
        candidates.append(feature({"id": "S%d" % c, "road_node": str(v), "site_cost": rng.randrange(20000, 60001, 1000)},
                                  {"type": "Point", "coordinates": lonlat(*xy(i, j))}))
    write(os.path.join(out, "candidates.geojson"), candidates)

    # Feeder: one bus per 6x6 block of road nodes; the tree follows the grid of blocks, first along
    # the centre row (the trunk), then up and down each column.
    blocks = max(2, math.ceil(n / 6))
    centre = blocks // 2
    bus_id = lambda bi, bj: "B%d_%d" % (bi, bj)
    feeder = []
    for bi in range(blocks):
        for bj in range(blocks):
            slack = (bi, bj) == (centre, centre)
            x, y = min(side, (bj * 6 + 3) * BLOCK_M), min(side, (bi * 6 + 3) * BLOCK_M)
            feeder.append(feature({"kind": "bus", "id": bus_id(bi, bj), "base_kw": 0.0 if slack else rng.randrange(150, 600, 10),
                                   "base_kvar": 0.0 if slack else rng.randrange(50, 200, 10), "vn_kv": 33.0, "slack": slack},
                                  {"type": "Point", "coordinates": lonlat(x, y)}))
    edges = []
    for bj in range(blocks):
        if bj != centre:
            edges.append(((centre, bj), (centre, bj + (1 if bj < centre else -1)), True))
    for bj in range(blocks):
        for bi in range(blocks):
            if bi != centre:
                edges.append(((bi, bj), (bi + (1 if bi < centre else -1), bj), False))
    for k, (child, parent, trunk) in enumerate(edges):
        km = 6 * BLOCK_M / 1000.0
        r_per_km, x_per_km = (0.06, 0.30) if trunk else (0.16, 0.35)
        coords = [feeder[parent[0] * blocks + parent[1]]["geometry"]["coordinates"],
                  feeder[child[0] * blocks + child[1]]["geometry"]["coordinates"]]
        feeder.append(feature({"kind": "branch", "id": "F%d" % k, "from": bus_id(*parent), "to": bus_id(*child),
                               "r_ohm": round(r_per_km * km, 4), "x_ohm": round(x_per_km * km, 4)},
                              {"type": "LineString", "coordinates": coords}))
    for bi in range(blocks):
        for bj in range(blocks):
            if (bi, bj) != (centre, centre):
                base = feeder[bi * blocks + bj]["properties"]["base_kw"]
                feeder.append(feature({"kind": "transformer", "id": "T" + bus_id(bi, bj)[1:], "bus": bus_id(bi, bj),
                                       "rating_kva": int(base * 1.6 // 50 * 50 + 250)},
                                      {"type": "Point", "coordinates": feeder[bi * blocks + bj]["geometry"]["coordinates"]}))
    write(os.path.join(out, "feeder.geojson"), feeder)

    budget = max(100000, 2000 * len(candidates))  # binds: about two thirds of the demand can be served
    with open(os.path.join(out, "scenario.yaml"), "w") as f:
        f.write("""# Synthetic city: make_city.py %d %d (seed) %g (reach minutes). Generated; not a real place.
name: synthetic city %d demand points, seed %d

roads:
  file: roads.geojson

demand:
  points: demand.geojson
  class: home

profiles:
  home: [2.0, 1.5, 1.0, 0.8, 0.8, 1.0, 1.5, 2.0, 2.5, 2.5, 2.5, 2.5,
         2.5, 2.5, 2.5, 3.0, 4.0, 6.0, 8.0, 9.0, 8.0, 6.0, 4.0, 3.0]
  work: [0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 2.0, 6.0, 9.0, 9.0, 8.0, 7.0,
         6.0, 6.0, 6.0, 5.0, 4.0, 2.0, 1.0, 0.5, 0.3, 0.2, 0.2, 0.2]

candidates:
  file: candidates.geojson
  reach_minutes: %g
  max_snap_m: 1000

chargers:
  - id: ac22
    power_kw: 22
    cost_per_charger: 7000
    utilisation: 0.8
    max_per_site: 6
  - id: dc50
    power_kw: 50
    cost_per_charger: 35000
    utilisation: 0.75
    max_per_site: 4

grid:
  feeder: feeder.geojson
  min_voltage_pu: 0.9
  base_load_profile: [0.45, 0.40, 0.38, 0.37, 0.38, 0.45, 0.60, 0.72, 0.75, 0.72, 0.70, 0.70,
                      0.70, 0.70, 0.72, 0.76, 0.85, 0.95, 1.00, 0.98, 0.92, 0.80, 0.65, 0.52]

objective:
  type: max-coverage
  budget: %d

solver:
  name: auto
  time_limit_seconds: 600
  gap: 0.01
  threads: 2
""" % (demand_count, seed, reach, demand_count, seed, reach, budget))


if __name__ == "__main__":
    main()
