#!/usr/bin/env bash
# Installs the face models and face test images pinned in resources/models/models.json:
#   packaging/fetch-models.sh [DEST]      (DEST defaults to <repo>/build)
# npm packages are fetched once with `npm pack` into a cache (OW_NPM_CACHE, default
# ~/.cache/onewindow/npm) and reused; Debian files are copied from the installed package.
# Every file's SHA-256 is checked before it is installed as DEST/<install>; a mismatch stops
# with an error and installs nothing of that file. The app never downloads at run time: it finds
# the models in <bin>/../models (build tree) or <bin>/../share/onewindow/models (installed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# OW_MODELS_MANIFEST replaces the manifest (the tests use it to prove a bad hash stops the script).
manifest=${OW_MODELS_MANIFEST:-"$root/resources/models/models.json"}
dest=${1:-"$root/build"}
cache=${OW_NPM_CACHE:-"${XDG_CACHE_HOME:-$HOME/.cache}/onewindow/npm"}

log() { printf '\033[1;34m[fetch-models]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[fetch-models] %s\033[0m\n' "$*" >&2; exit 1; }

command -v node >/dev/null || die "node is missing (Debian package nodejs, installed with npm by packaging/dev.sh)"
command -v npm >/dev/null || die "npm is missing (Debian package npm; packaging/dev.sh installs it)"

# One line per file: kind<TAB>package-or-debian<TAB>version<TAB>path<TAB>install<TAB>sha256
entries=$(node -e '
  const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const p of m.packages) for (const f of p.files)
    console.log(["npm", p.name, p.version, f.path, f.install, f.sha256].join("\t"));
  for (const f of m.system || [])
    console.log(["deb", f.debian, "-", f.path, f.install, f.sha256].join("\t"));
' "$manifest")

mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm pack names its tarball <name without @, / as ->-<version>.tgz.
tarball() { local n=${1#@}; echo "$cache/${n//\//-}-$2.tgz"; }

installed=0
while IFS=$'\t' read -r kind pkg version path install sha; do
  target="$dest/$install"
  if [ -f "$target" ] && [ "$(sha256sum "$target" | cut -d' ' -f1)" = "$sha" ]; then
    continue
  fi
  if [ "$kind" = npm ]; then
    tgz=$(tarball "$pkg" "$version")
    if [ ! -f "$tgz" ]; then
      log "npm pack $pkg@$version"
      (cd "$cache" && npm pack --silent "$pkg@$version" >/dev/null) || die "npm pack $pkg@$version failed"
      [ -f "$tgz" ] || die "npm pack $pkg@$version did not leave $tgz"
    fi
    dir="$work/${pkg//\//_}-$version"
    if [ ! -d "$dir" ]; then
      mkdir -p "$dir"
      tar -xzf "$tgz" -C "$dir" || die "cannot extract $tgz"
    fi
    src="$dir/$path"
  else
    src="$path"
    if [ ! -f "$src" ]; then
      log "skipping $install: Debian package $pkg is not installed"
      continue
    fi
  fi
  [ -f "$src" ] || die "$pkg@$version has no $path"
  got=$(sha256sum "$src" | cut -d' ' -f1)
  if [ "$got" != "$sha" ]; then
    die "SHA-256 MISMATCH for $path from $pkg@$version: expected $sha, got $got. Nothing installed; delete $cache if the cached tarball is damaged."
  fi
  mkdir -p "$(dirname "$target")"
  install -m 0644 "$src" "$target.part"
  mv "$target.part" "$target"
  installed=$((installed + 1))
done <<<"$entries"

log "face models ready in $dest/models ($installed file(s) installed now, the rest already verified)"
