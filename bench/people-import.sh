#!/usr/bin/env bash
# The people import end to end (upload, streaming check, staging with COPY, set-based write) beside COPY of the same
# rows into a copy of the people table, in the same run, on the embedded PostgreSQL, in a JVM capped at 512 MB.
#   bench/people-import.sh            # 100,000 rows
#   BENCH_ROWS=1000000 bench/people-import.sh
# Results are appended to target/bench/people-import.md, each run under the date it ran (the benchmark itself runs on
# the tests' pinned clock).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${BENCH_ROWS:-100000}"
mkdir -p target/bench
echo "run of $(date -u +%Y-%m-%dT%H:%MZ)" >> target/bench/people-import.md
flock /tmp/mvn.lock ./mvnw -B -q test -Dtest=PeopleImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dsurefire.jvm="-Xmx512m -Dbench.rows=$rows" \
  -DtrimStackTrace=false | grep -E '^\|' || true
cat target/bench/people-import.md
