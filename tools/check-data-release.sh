#!/usr/bin/env bash
# A data-only release changes data, never code (issue 17, RELEASING.md).
#
#   tools/check-data-release.sh BASE   # BASE: the tag or commit of the previous release
#
# Fails (exit 1), naming each offending file, when the commits since BASE touch anything but
#   - archive-rules-data/src/main/resources/**   (the tables, their index, release.properties)
#   - archive-rules-data/src/release/**           (the previous release's tables, for the notes)
#   - archive-rules-data/pom.xml                  (its <version> line only)
#   - pom.xml, siarchive-bom/pom.xml              (their <rules-data.version> line only)
#   - CHANGELOG.md
set -euo pipefail
base="${1:?usage: tools/check-data-release.sh BASE}"
bad=0
while IFS= read -r f; do
  case "$f" in
    archive-rules-data/src/main/resources/*|archive-rules-data/src/release/*|CHANGELOG.md) ;;
    archive-rules-data/pom.xml|pom.xml|siarchive-bom/pom.xml)
      if [ "$f" = archive-rules-data/pom.xml ]; then allowed='<version>[^<]*</version>'; else allowed='<rules-data.version>[^<]*</rules-data.version>'; fi
      # Every changed line (added or removed) must be the allowed version line.
      other=$(git diff -U0 "$base" HEAD -- "$f" | grep -E '^[+-]' | grep -vE '^(\+\+\+|---) ' \
        | grep -vE "^[+-][[:space:]]*${allowed}[[:space:]]*$" || true)
      if [ -n "$other" ]; then
        echo "data release changes $f beyond its data version:" >&2
        echo "$other" | sed 's/^/    /' >&2
        bad=1
      fi
      ;;
    *)
      echo "data release changes code or docs: $f" >&2
      bad=1
      ;;
  esac
done < <(git diff --name-only "$base" HEAD)
if [ "$bad" -ne 0 ]; then
  echo "not a data-only release: make it a code release, or move the change out (RELEASING.md)" >&2
  exit 1
fi
echo "data-only release: every change since $base is data, its version or CHANGELOG.md"
