#!/usr/bin/env bash
# The README's test command: every test, the pages' real headless-Chromium tests included.
# Installs Debian's chromium, chromium-driver and a CJK font when they are missing (the browser
# tests fail, never skip, without them), then runs the whole build with `mvn -B -ntp verify`.
# Arguments are passed to Maven (e.g. ./test.sh -o for an offline run).
set -euo pipefail
cd "$(dirname "$0")"

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
[[ -x /usr/bin/chromedriver ]] || packages+=(chromium-driver)
[[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]] || packages+=(fonts-noto-cjk)
if ((${#packages[@]} > 0)); then
  echo "test.sh: installing ${packages[*]} with apt-get" >&2
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "test.sh: ${packages[*]} missing and neither root nor sudo; install them, then rerun" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"
fi

# No -q: CI reads Surefire's "Tests run:" lines.
exec mvn -B -ntp "$@" verify
