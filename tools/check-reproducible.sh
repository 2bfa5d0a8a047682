#!/usr/bin/env bash
# Checks that the build is reproducible: builds the published modules' jars twice from clean and
# compares them byte for byte (project.build.outputTimestamp fixes the entries' time stamps).
# Prints the SHA-256 of each jar; exits 1 naming the jars that differ, 0 when all are equal.
# Arguments are passed to Maven (e.g. tools/check-reproducible.sh -o for an offline build).
# Takes two full builds of the published modules (tests skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=archive-sampling,archive-core,archive-rules-data,archive-rules
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT

build() {
  mvn -B -q "$@" clean package -DskipTests -Dspotless.check.skip=true -Djapicmp.skip=true \
    -pl "$modules" -am
}

jars() {
  find archive-sampling/target archive-core/target archive-rules-data/target archive-rules/target \
    -maxdepth 1 -name '*.jar' | sort
}

echo "check-reproducible: first build" >&2
build "$@"
for jar in $(jars); do
  mkdir -p "$first/$(dirname "$jar")"
  cp "$jar" "$first/$jar"
done
echo "check-reproducible: second build" >&2
sleep 2 # a build that stamped the clock would now differ by at least a second
build "$@"

status=0
count=0
for jar in $(jars); do
  count=$((count + 1))
  if [[ ! -f "$first/$jar" ]]; then
    echo "check-reproducible: $jar: only in the second build" >&2
    status=1
  elif cmp -s "$first/$jar" "$jar"; then
    echo "$(sha256sum "$jar" | cut -d' ' -f1)  $jar"
  else
    echo "check-reproducible: $jar: differs between two builds" >&2
    status=1
  fi
done
if ((count == 0)); then
  echo "check-reproducible: no jar was built" >&2
  exit 1
fi
exit "$status"
