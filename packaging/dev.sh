#!/usr/bin/env bash
# OneWindow developer entry point. On a fresh Debian 12 machine:
#   packaging/dev.sh run     install what is missing, build, start a local central service and the client
#   packaging/dev.sh central build, then run onewindow-central alone in the foreground
#   packaging/dev.sh test    install what is missing, build, run the whole test suite
#   packaging/dev.sh build   install what is missing, build
# Arguments after `run --` go to the client (e.g. packaging/dev.sh run -- --lang en).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

# Everything the build, the tests and the client need, from Debian 12's archive.
packages=(
  cmake g++ ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-serialport-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  libopencv-dev libcurl4-openssl-dev libsqlite3-dev libsodium-dev libssl-dev catch2 libqrencode-dev libzxing-dev
  fonts-noto-cjk xvfb xauth poppler-utils
  facedetect
  # Sync and onewindow-central: Qt HttpServer (needs WebSockets' CMake package), zlib for gzip bodies,
  # QtSql's PostgreSQL driver and a PostgreSQL server for the integration tests.
  qt6-httpserver-dev qt6-websockets-dev zlib1g-dev libqt6sql6-psql postgresql
)
# The face models come from the npm registry (packaging/fetch-models.sh). Debian's npm is only
# added when no npm is on PATH: a Node.js installed another way must not be replaced.
command -v npm >/dev/null 2>&1 || packages+=(npm)

log() { printf '\033[1;34m[dev.sh]\033[0m %s\n' "$*" >&2; }

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all ${#packages[@]} packages present"
    return
  fi
  log "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  local jobs
  jobs=$(nproc)
  if [ ! -f build/CMakeCache.txt ]; then
    log "configuring (build/)"
    cmake --preset default >/dev/null
  fi
  log "building with $jobs jobs"
  cmake --build --preset default -j "$jobs"
}

# Face models and face test images, pinned and SHA-256-checked (resources/models/models.json),
# into build/models and build/testdata/faces; the cached npm tarballs are reused.
fetch_models() {
  "$here/fetch-models.sh" "$root/build"
}

# A throw-away central service for `run`: onewindow-central on loopback with its own CA in
# build/dev-central, a workstation certificate for the practice profile, and the profile's sync
# settings pointed at it, so the status bar shows sync working. Stopped when the client exits.
start_central() {
  local central_data="$root/build/dev-central"
  local data_root="${XDG_DATA_HOME:-$HOME/.local/share}/OneWindow/onewindow"
  local pki="$data_root/practice/pki"
  mkdir -p "$central_data"
  if [ ! -f "$central_data/pki/ca.pem" ]; then
    log "creating a throw-away deployment CA for the development central service"
    build/bin/onewindow-central admin init --data "$central_data" >/dev/null
  fi
  # A certificate from another CA (an earlier build folder) would be refused: issue a new one.
  if [ ! -f "$pki/client.pem" ] || ! cmp -s "$pki/ca.pem" "$central_data/pki/ca.pem"; then
    build/bin/onewindow-central admin issue-cert --data "$central_data" --workstation "dev-$(hostname)" --out "$pki" >/dev/null
  fi
  rm -f "$central_data/ports.json"
  build/bin/onewindow-central serve --data "$central_data" --port 0 --enrol-port 0 \
    --port-file "$central_data/ports.json" 2>"$central_data/central.log" &
  central_pid=$!
  trap 'kill "$central_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -s "$central_data/ports.json" ] && break; sleep 0.1; done
  local port
  port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$central_data/ports.json")
  if [ -z "$port" ]; then
    log "onewindow-central did not start (see $central_data/central.log); the client runs without sync"
    return
  fi
  build/bin/onewindow-cli sync configure --profile practice --server "https://localhost:$port" \
    --ca pki/ca.pem --cert pki/client.pem --key pki/client.key >/dev/null
  log "onewindow-central on https://localhost:$port (data: $central_data); the practice profile syncs with it"
}

cmd=${1:-}
shift || true
case "$cmd" in
  build)
    install_missing
    fetch_models
    build
    ;;
  test)
    install_missing
    fetch_models
    build
    log "running the test suite"
    # Tests never touch a user's data: each uses its own temporary folder.
    cd build
    ctest --output-on-failure -j "$(nproc)" --timeout 600
    ;;
  run)
    install_missing
    fetch_models
    build
    [ "${1:-}" = "--" ] && shift
    start_central
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      log "no display: starting the client on a virtual display (Xvfb); use tests/gui/screenshot.sh to look at it"
      xvfb-run -a -s "-screen 0 1600x900x24" build/bin/onewindow "$@"
      exit $?
    fi
    log "starting the client (profile 'practice' needs no hardware)"
    build/bin/onewindow "$@"
    ;;
  central)
    # The central service alone, in the foreground (admin: build/bin/onewindow-central admin ... --data build/dev-central).
    build
    central_data="$root/build/dev-central"
    [ -f "$central_data/pki/ca.pem" ] || build/bin/onewindow-central admin init --data "$central_data" >/dev/null
    exec build/bin/onewindow-central serve --data "$central_data" --port "${OW_CENTRAL_PORT:-8443}" --enrol-port 0
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build|central [-- client arguments]" >&2
    exit 2
    ;;
esac
