#!/usr/bin/env bash
# End-to-end timing of `chargeplan plan` on the shipped Sioux Falls sample with each solver
# backend, run side by side on the same machine. Writes benchmarks/results/sample-solvers.md.
#
#   benchmarks/sample-solvers.sh [REPEATS]     (default 3)
#
# Times are whole-process wall-clock seconds (JVM start, reading, solving, checking, writing),
# the median of REPEATS runs; the ratio column is what carries over between machines.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
./chargeplan --version >/dev/null   # builds the jar if needed, outside the timings

results=benchmarks/results/sample-solvers.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A seconds status served
for solver in highs ojalgo; do
  for ((i = 1; i <= repeats; i++)); do
    start=$(date +%s.%N)
    java -jar target/chargeplan.jar plan maps/sioux-falls/scenario.yaml --solver "$solver" \
      --time-limit 600 --quiet -o "$tmp/$solver" > "$tmp/$solver.out"
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}' >> "$tmp/$solver.times"
  done
  seconds[$solver]=$(median < "$tmp/$solver.times")
  status[$solver]=$(grep -o '"status" : "[A-Z_]*"' "$tmp/$solver/summary.json" | cut -d'"' -f4)
  served[$solver]=$(grep -o '"served_kwh_per_day" : [0-9.]*' "$tmp/$solver/summary.json" | awk '{print $3}')
done

{
  echo "# Sioux Falls sample: whole \`plan\` run per solver backend"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)."
  echo "Command: \`benchmarks/sample-solvers.sh $repeats\` (median of $repeats runs, wall-clock seconds)."
  echo
  echo "| backend | status | served kWh/day | seconds | ratio to highs |"
  echo "|---|---|---|---|---|"
  for solver in highs ojalgo; do
    ratio=$(awk -v a="${seconds[$solver]}" -v b="${seconds[highs]}" 'BEGIN {printf "%.1f", a / b}')
    echo "| $solver | ${status[$solver]} | ${served[$solver]} | ${seconds[$solver]} | $ratio |"
  done
} > "$results"
cat "$results"
