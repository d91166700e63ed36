#!/usr/bin/env bash
# A year of hourly power flows (8,760 runs) on a seeded 141-bus radial feeder: the radial
# backward/forward sweep against the general Newton-Raphson solver, side by side in one JVM.
# Writes benchmarks/results/power-flow-year.md.
#
#   benchmarks/power-flow-year.sh [REPEATS]     (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  org.chargeplan.bench.PowerFlowYearBenchmark benchmarks/results/power-flow-year.md "${1:-3}"
