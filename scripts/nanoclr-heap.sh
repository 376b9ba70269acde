#!/usr/bin/env bash
# Measures how much managed heap each node needs on nanoFramework's runtime: builds the firmware scenario for nano
# (firmware/Waste.Firmware.Scenarios.Nano), converts it with ../shared/tools/nanoclr's pe-convert, and finds, for
# the bin's worst case and then the toilet's (the scenario runs them first, in that order), the smallest heap from
# which every heap runs it to its end line: nanoclr-run --heap from a size that runs, down step by step to the first
# that does not. This build ends the process where a device would compact its heap and retry, so a heap a little
# smaller can fail where a larger one did not, or the other way round: hence a scan, not a bisection. It is a 64-bit
# build, whose objects are larger than on the ESP32: the figures are upper bounds (hardware-docs/README.md).
#   scripts/nanoclr-heap.sh [--tools DIR]          (default ../shared/tools/nanoclr)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=../shared/tools/nanoclr
[ "${1:-}" = "--tools" ] && tools=$2
if [ ! -x "$tools/nanoclr-run" ]; then
  echo "nanoCLR is absent at $tools: nothing was measured (it lives in ../shared/tools/nanoclr beside the repository)" >&2
  exit 2
fi

dotnet build firmware/Waste.Firmware.Scenarios.Nano -c Release -nologo -clp:ErrorsOnly >/dev/null
build=firmware/Waste.Firmware.Scenarios.Nano/bin/Release/net10.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tools/pe-convert" "$build/Waste.Firmware.Core.dll" "$work/core.pe" "$build/mscorlib.dll" >/dev/null
"$tools/pe-convert" "$build/Waste.Firmware.Scenarios.dll" "$work/scenarios.pe" "$build/mscorlib.dll" "$build/Waste.Firmware.Core.dll" >/dev/null

# True when the scenario, run with $1 bytes of heap, writes the line $2 (the run is stopped there).
reaches() {
  (
    set +o pipefail
    "$tools/nanoclr-run" --heap "$1" "$build/mscorlib.pe" "$work/core.pe" "$work/scenarios.pe" 2>/dev/null \
      | tr -d '\r' | grep -m1 -qx -- "$2"
  )
}

# The smallest heap from which every heap down from $2 bytes, in steps of $3, writes the line $1.
smallest() {
  local heap=$2
  reaches "$heap" "$1" || { echo "never reached '$1' within $heap bytes" >&2; exit 1; }
  while [ "$heap" -gt "$3" ] && reaches $((heap - $3)) "$1"; do heap=$((heap - $3)); done
  echo "$heap"
}

ready=$(smallest "== bin worst case: hardware and hub ready" $((128 * 1024)) 1024)
bin=$(smallest "== bin worst case: done" $((192 * 1024)) 1024)
toilet=$(smallest "== toilet worst case: done" $((320 * 1024)) 4096)
everything=$(smallest "== end" $((320 * 1024)) 4096)
printf '%-52s %9s %8s\n' "nanoCLR 64-bit, every heap from this size runs" bytes KiB
printf '%-52s %9d %8.1f\n' "runtime, scenario, bin's virtual hardware and hub" "$ready" "$(awk "BEGIN{print $ready/1024}")"
printf '%-52s %9d %8.1f\n' "bin worst case (336 readings, then the upload)" "$bin" "$(awk "BEGIN{print $bin/1024}")"
printf '%-52s %9d %8.1f\n' "  of which the bin node" "$((bin - ready))" "$(awk "BEGIN{print ($bin-$ready)/1024}")"
printf '%-52s %9d %8.1f\n' "toilet worst case (1,440 readings, then the upload)" "$toilet" "$(awk "BEGIN{print $toilet/1024}")"
printf '%-52s %9d %8.1f\n' "the whole scenario" "$everything" "$(awk "BEGIN{print $everything/1024}")"
echo "(the toilet's figure is the larger of the two worst cases: its run follows the bin's; load: $(cut -d' ' -f1-3 /proc/loadavg))"
