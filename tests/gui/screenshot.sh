#!/usr/bin/env bash
# Starts the client under Xvfb, drives it to a named screen and saves a PNG of the X screen.
#   tests/gui/screenshot.sh SCREEN OUT.png [client arguments...]
# SCREEN: login, counter, counter-card, shortcuts, case-search, face (F3), photo (F7). Uses a throw-away data folder and the
# practice profile with simulated devices. Example: tests/gui/screenshot.sh counter-card /tmp/c.png --lang en
set -euo pipefail
screen=${1:?screen name}
out=${2:?output png}
shift 2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${OW_BIN:-$root/build/bin/onewindow}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
login=(--profile practice --officer 000123)
[ "$screen" = "login" ] && login=(--profile practice)
xvfb-run -a -s "-screen 0 1366x800x24" \
  "$bin" --data-dir "$data" "${login[@]}" --screen "$screen" --screenshot "$out" "$@"
echo "saved $out"
