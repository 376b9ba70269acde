#!/usr/bin/env bash
# Sums the counters of every TRX file under $1 into one line: "N passed, N failed[, N skipped]".
set -euo pipefail
results="${1:?usage: test-summary.sh RESULTS_DIR}"

passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
  files=$((files + 1))
done < <(find "$results" -name '*.trx' -print0 2>/dev/null)

if [ "$files" -eq 0 ]; then
  echo "0 passed, 1 failed (no test results were written: the test run did not start)"
  exit 1
fi

line="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
echo "$line"
