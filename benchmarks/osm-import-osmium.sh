#!/usr/bin/env bash
# OpenStreetMap PBF reading: chargeplan (osmpbf decoding, and the whole road import) against
# osmium fileinfo -e (Debian osmium-tool) on the same files, side by side. Files: the Monaco
# extract from ../shared/data (when present) and a seeded synthetic region of SIDE x SIDE nodes
# (default 1000: 1 M nodes), both converted to PBF by osmium. Writes
# benchmarks/results/osm-import-osmium.md.
#
#   benchmarks/osm-import-osmium.sh [REPEATS] [SIDE]     (defaults 3, 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v osmium >/dev/null || { echo "needs osmium (apt-get install osmium-tool)" >&2; exit 1; }
repeats="${1:-3}"
side="${2:-1000}"
mvn -q -B -Dstyle.color=never test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
mkdir -p target/bench
files=()
if [ -f ../shared/data/osm/monaco.osm.gz ]; then
  osmium cat ../shared/data/osm/monaco.osm.gz -o target/bench/monaco.osm.pbf --overwrite
  files+=(target/bench/monaco.osm.pbf)
fi
java -cp "$cp" org.chargeplan.bench.OsmImportBenchmark generate "target/bench/grid-$side.osm" "$side"
osmium cat "target/bench/grid-$side.osm" -o "target/bench/grid-$side.osm.pbf" --overwrite
rm -f "target/bench/grid-$side.osm"
files+=("target/bench/grid-$side.osm.pbf")
java -Xmx6g -cp "$cp" org.chargeplan.bench.OsmImportBenchmark measure benchmarks/results/osm-import-osmium.md \
  "$repeats" "${files[@]}"
