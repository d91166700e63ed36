#!/usr/bin/env bash
# A year of hourly power flows (8,760 runs) on the seeded 141-bus radial feeder of
# power-flow-year.sh: chargeplan's backward/forward sweep against PowSyBl Open Load Flow (an
# outside Newton-Raphson implementation), side by side in one JVM. Uses the Maven profile
# powsybl-benchmark (Open Load Flow 1.15 on powsybl-core 6.7, the last line for Java 17), which
# also adds benchmarks/powsybl/src as a test source folder. Writes
# benchmarks/results/power-flow-powsybl.md.
#
#   benchmarks/power-flow-powsybl.sh [REPEATS]     (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never -Ppowsybl-benchmark test-compile
mvn -q -B -Dstyle.color=never -Ppowsybl-benchmark dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-powsybl.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/benchmark-powsybl.classpath)" \
  org.chargeplan.bench.PowsyblYearBenchmark benchmarks/results/power-flow-powsybl.md "${1:-3}"
