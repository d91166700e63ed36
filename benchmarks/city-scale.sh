#!/usr/bin/env bash
# Scale ladder: `chargeplan plan` on seeded synthetic cities (benchmarks/city/make_city.py) of growing
# size, with each backend, against HiGHS alone solving the exported MPS of the same models.
# Writes benchmarks/results/city-scale.md. Not a test: times vary with the machine and its load.
#
# Usage: benchmarks/city-scale.sh [SIZES] [OJALGO_MAX]
#   SIZES       demand-point counts, default "100 1000 10000 100000"
#   OJALGO_MAX  largest size also run with the pure-Java ojalgo backend, default 1000
#   PEER_MAX    largest size also solved by HiGHS alone from the exported MPS (env, default 10000)
#   JAVA_HEAP   -Xmx of the runs (env, default 12g; leave room for HiGHS, which lives outside the heap)
#   LIMIT       time limit in seconds for plan and for each of the peer's two solves (env, default 600)
#   JAR, WORK   the jar to run and the working folder (env)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"100 1000 10000 100000"}
OJALGO_MAX=${2:-1000}
SEED=1
LIMIT=${LIMIT:-600}
PEER_MAX=${PEER_MAX:-10000}
GAP=0.01
WORK=${WORK:-target/city-scale}
RESULTS=${RESULTS:-benchmarks/results/city-scale.md}
mkdir -p "$WORK" benchmarks/results
[ -f "${JAR:-target/chargeplan.jar}" ] || mvn -q -B -DskipTests package
JAR=${JAR:-target/chargeplan.jar}
javac -d "$WORK" -cp "$JAR" benchmarks/city/HighsAlone.java

# Seconds of the INFO line starting with "$2" in log "$1" (the "(12.3 s)" lap), or n/a.
lap() { grep -E "^INFO  $2" "$1" | tail -1 | sed -E 's/.*\(([0-9.]+) s\)$/\1/;t;s/.*/n\/a/'; }

run_plan() { # size solver -> one table row
    local size=$1 solver=$2 dir="$WORK/city-$1" log="$WORK/plan-$1-$2.log"
    local out="$WORK/out-$1-$2"
    /usr/bin/time -v java -Xmx${JAVA_HEAP:-12g} -jar "$JAR" plan "$dir/scenario.yaml" -o "$out" --solver "$solver" \
        --time-limit $LIMIT --gap $GAP > "$log.out" 2> "$log" || true
    local wall rss status gap model pairs reduced solve
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{printf "%.0f", $NF/1024}')
    status=$(grep -oE '^[A-Z_]+:' "$log.out" | tr -d : || true)
    [ -n "$status" ] || status=$(grep -E '^chargeplan:' "$log" | head -1 | cut -c1-60)
    gap=$(python3 -c "import json,sys; s=json.load(open('$out/summary.json')); print('%.4f' % s['gap'] if s.get('gap') is not None else 'n/a')" 2>/dev/null || echo n/a)
    model=$(grep -E 'max-coverage model:' "$log" | head -1 | sed -E 's/.*model: //')
    pairs=$(grep -E '^INFO  sites:' "$log" | sed -E 's/.*, ([0-9]+) demand-site pairs.*/\1/')
    reduced=$(grep -E '^INFO  reductions:' "$log" | head -1 | sed -E 's/.*demand points ([0-9,]*[0-9] → [0-9,]*[0-9]).*pairs ([0-9,]*[0-9] → [0-9,]*[0-9]).*/\1 points, \2 pairs/')
    local build=$(python3 -c "print(round(sum(float(x) for x in '$(lap "$log" scenario) $(lap "$log" roads) $(lap "$log" demand) $(lap "$log" grid) $(lap "$log" sites)'.split() if x != 'n/a'), 2))")
    solve=$(lap "$log" solve)
    echo "| $size | $solver | $pairs | $reduced | $model | $build | $solve | $status | $gap | $wall | $rss |"
}

peer() { # size -> seconds of HiGHS alone on both phases' MPS (read + solve)
    local size=$1 dir="$WORK/city-$1" total=0
    for phase in primary cheapest; do
        java -jar "$JAR" export-model "$dir/scenario.yaml" --phase $phase -o "$WORK/model-$size-$phase.mps" --quiet >/dev/null
        local line
        line=$(java -Xmx${JAVA_HEAP:-12g} -cp "$JAR:$WORK" HighsAlone "$WORK/model-$size-$phase.mps" $LIMIT $GAP 2>/dev/null | tail -1)
        echo "$size $phase $line" >> "$WORK/peer.log"
        total=$(python3 -c "print(round($total + $(echo "$line" | awk '{print $3 + $4}'), 2))")
    done
    echo "$total"
}

{
    echo "# Scale ladder (synthetic cities)"
    echo
    echo "\`benchmarks/city-scale.sh \"$SIZES\" $OJALGO_MAX\` on $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $(date -u +%F)."
    echo "Cities from \`benchmarks/city/make_city.py SIZE $SEED\` (reach 5 min, 10 demand points per candidate, 33 kV feeder);"
    echo "\`plan --time-limit $LIMIT --gap $GAP\`. Build = reading roads, demand, grid, candidates and reach sets (s);"
    echo "solve = all solves with warm start and AC re-check (s); wall = the whole process; RSS = peak resident memory (MB)."
    echo
    echo "| demand points | solver | pairs in reach | after reductions | first model | build s | solve s | status | gap | wall | peak RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$RESULTS"
PEERS=""
for size in $SIZES; do
    [ -d "$WORK/city-$size" ] || python3 benchmarks/city/make_city.py "$size" $SEED "$WORK/city-$size"
    run_plan "$size" highs | tee -a "$RESULTS"
    if [ "$size" -le "$OJALGO_MAX" ]; then run_plan "$size" ojalgo | tee -a "$RESULTS"; fi
    if [ "$size" -le "$PEER_MAX" ]; then PEERS="$PEERS $size:$(peer "$size")"; fi
done
{
    echo
    echo "HiGHS alone on the exported MPS of both phases (read + solve, s; \`benchmarks/city/HighsAlone.java\`, same"
    echo "native HiGHS, same gap and limit), against the whole \`plan\` run with HiGHS (wall):"
    echo
    echo "| demand points | HiGHS alone s | plan wall | ratio |"
    echo "|---|---|---|---|"
    for entry in $PEERS; do
        size=${entry%%:*}; alone=${entry##*:}
        wall=$(grep 'Elapsed (wall clock)' "$WORK/plan-$size-highs.log" | awk '{print $NF}')
        secs=$(python3 -c "p='$wall'.split(':'); print(sum(float(x) * 60 ** i for i, x in enumerate(reversed(p))))")
        echo "| $size | $alone | $wall | $(python3 -c "print(round($secs / max($alone, 1e-9), 2))") |"
    done
} >> "$RESULTS"
echo "results in $RESULTS"
