#!/usr/bin/env bash
# Javadoc of the published modules (issue 15): archive-sampling, archive-core and archive-rules
# build with doclint "all" (missing @param, @return and @throws included) and no warning.
#
#   tools/check-javadoc.sh          # online or offline, as Maven is set up
#   tools/check-javadoc.sh -o       # extra arguments go to Maven as they are
#
# The compile phase runs first (error-prone skipped) so that the reactor hands archive-rules the
# classes of archive-core and archive-sampling without an install. Exits 1 printing every
# warning: and error: line when there is one, or when Maven fails; 0 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The plugin skips a module whose sources and options are as at its last run, and so would print
# none of the warnings it printed then.
rm -f archive-sampling/target/maven-javadoc-plugin-stale-data.txt \
  archive-core/target/maven-javadoc-plugin-stale-data.txt \
  archive-rules/target/maven-javadoc-plugin-stale-data.txt
status=0
mvn -B -Derrorprone.skip compile javadoc:javadoc \
  -pl archive-sampling,archive-core,archive-rules "$@" >"$log" 2>&1 || status=$?
found=$(grep -E '(warning|error):' "$log" | sed -E 's/^\[(WARNING|ERROR)\] //' | sort -u || true)
if [ -n "$found" ]; then
  printf '%s\n' "$found"
  echo "check-javadoc: $(printf '%s\n' "$found" | wc -l) warning or error lines" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  tail -n 40 "$log" >&2
  echo "check-javadoc: mvn failed (exit $status)" >&2
  exit 1
fi
echo "check-javadoc: no javadoc warnings or errors"
