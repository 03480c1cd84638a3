#!/usr/bin/env bash
# The central service's disk full, for real (ENOSPC, not an injected status): mounts a 16 MB tmpfs,
# runs test_sync's hidden [.diskfull] test case (given as $1) with the central's data folder on it,
# and unmounts it afterwards. Mounting needs root (CAP_SYS_ADMIN): exit 77 (ctest: skipped) when
# it cannot mount.
set -uo pipefail
test_bin=$1
shift

tmp=$(mktemp -d /tmp/ow-full-XXXXXX)
mkdir -p "$tmp/disk"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=16m,mode=0755 ow-full "$tmp/disk" 2>"$tmp/mount.log"; then
  echo "!!! SKIPPED: cannot mount a small tmpfs (needs root): the full-disk test did NOT run. $(cat "$tmp/mount.log")" >&2
  rm -rf "$tmp"
  exit 77
fi
cleanup() {
  umount "$tmp/disk" 2>/dev/null || umount -l "$tmp/disk"
  rm -rf "$tmp"
}
trap cleanup EXIT

OW_TEST_FULL_DISK="$tmp/disk" "$test_bin" "[diskfull]" "$@"
