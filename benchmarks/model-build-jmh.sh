#!/usr/bin/env bash
# JMH: reductions, model building and MPS writing on generated cities (org.chargeplan.bench.ModelBuildBenchmark).
# Writes benchmarks/results/model-build-jmh.md.
#
#   benchmarks/model-build-jmh.sh [SIZES]     (default "1000 10000")
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"1000 10000"}
mkdir -p target/city-scale benchmarks/results
mvn -q -B -Dstyle.color=never test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
CP="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
PARAMS=""
for size in $SIZES; do
    [ -d "target/city-scale/city-$size" ] || python3 benchmarks/city/make_city.py "$size" 1 "target/city-scale/city-$size"
    PARAMS="$PARAMS,target/city-scale/city-$size"
done
java -cp "$CP" org.openjdk.jmh.Main ModelBuildBenchmark -p city="${PARAMS#,}" -rf text -rff target/model-build-jmh.txt
{
    echo "# Model building (JMH)"
    echo
    echo "\`benchmarks/model-build-jmh.sh \"$SIZES\"\` on $(nproc) cores, $(date -u +%F); average ms per operation (lower is better)."
    echo "reduce = SitingReduction; buildModel = SitingModel.build of the reduced problem; writeMps = the MPS text HiGHS reads."
    echo
    echo '```'
    cat target/model-build-jmh.txt
    echo '```'
} > benchmarks/results/model-build-jmh.md
echo "results in benchmarks/results/model-build-jmh.md"
