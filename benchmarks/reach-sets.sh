#!/usr/bin/env bash
# Reach sets at province scale: 100,000 demand points x 10,000 stations at 15 minutes on a seeded
# 1,000 x 1,000 grid road network (1 M nodes), with 2 threads and 1, against the previous
# JGraphT bounded search per demand node (timed on 500 points, scaled). Writes
# benchmarks/results/reach-sets.md.
#
#   benchmarks/reach-sets.sh [SIDE] [DEMAND] [STATIONS]     (defaults 1000 100000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
java -Xmx8g -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  org.chargeplan.bench.ReachSetsBenchmark benchmarks/results/reach-sets.md "${1:-1000}" "${2:-100000}" "${3:-10000}"
