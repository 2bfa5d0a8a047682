#!/usr/bin/env bash
# Commit habits (issue 8): every subject at most 72 characters, and a body that says why.
#
#   tools/check-commits.sh BASE          # the commits since BASE (e.g. origin/main), before a push
#   tools/check-commits.sh --message F   # one message file (git's commit-msg hook passes it)
#
# As a hook: `git config core.hooksPath tools/git-hooks`.
# Fails (exit 1) naming each commit (or the file) and what is wrong; merges are not checked.
set -euo pipefail
problems() { # $1: label, stdin: the message
  local msg subject body n
  msg=$(grep -v '^#' || true)
  subject=$(printf '%s\n' "$msg" | sed -n 1p)
  body=$(printf '%s\n' "$msg" | sed -n '3,$p' | grep -v '^[[:space:]]*$' || true)
  n=$(printf '%s' "$subject" | LC_ALL=C.UTF-8 wc -m)
  if [ "$n" -gt 72 ]; then echo "$1: subject is $n characters (at most 72): $subject"; fi
  if [ -z "$subject" ]; then echo "$1: empty subject"; fi
  # A merge's subject is git's own ("Merge branch ..."); its body is optional.
  if [ -z "$body" ] && [[ "$subject" != Merge* ]]; then echo "$1: no body saying why: $subject"; fi
}
if [ "${1:-}" = --message ]; then
  out=$(problems "${2:?usage: --message FILE}" < "$2")
else
  base="${1:?usage: tools/check-commits.sh BASE | --message FILE}"
  out=""
  for c in $(git rev-list --no-merges "$base..HEAD"); do
    out+=$(git log -1 --format=%B "$c" | problems "$(git log -1 --format=%h "$c")")$'\n'
  done
  out=$(printf '%s' "$out" | sed '/^$/d')
fi
if [ -n "$out" ]; then echo "$out" >&2; exit 1; fi
