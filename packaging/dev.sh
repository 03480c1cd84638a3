#!/usr/bin/env bash
# OneWindow developer entry point. On a fresh Debian 12 machine:
#   packaging/dev.sh run     install what is missing, build, start the client
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
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      log "no display: starting the client on a virtual display (Xvfb); use tests/gui/screenshot.sh to look at it"
      exec xvfb-run -a -s "-screen 0 1600x900x24" build/bin/onewindow "$@"
    fi
    log "starting the client (profile 'practice' needs no hardware)"
    exec build/bin/onewindow "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build [-- client arguments]" >&2
    exit 2
    ;;
esac
