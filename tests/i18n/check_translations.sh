#!/usr/bin/env bash
# Fails when a user-visible string in the sources has no zh_CN translation: lupdate is run over
# the sources into a copy of the .ts file, and any message left unfinished is listed.
set -euo pipefail
src=${1:?source dir}
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/onewindow_zh_CN.ts" "$tmp/zh.ts"
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete modules app devices -ts "$tmp/zh.ts")
python_list() {
  # Print the source text of each unfinished or empty translation (no python needed: awk).
  awk '/<source>/{s=$0} /type="unfinished"/{print s}' "$tmp/zh.ts"
}
missing=$(python_list | sed -e 's/^ *<source>//' -e 's/<\/source>$//')
if [ -n "$missing" ]; then
  echo "Strings without a zh_CN translation (run: cmake --build build --target update_translations, then translate):"
  echo "$missing"
  echo "0 passed, 1 failed"
  exit 1
fi
count=$(grep -c '<source>' "$tmp/zh.ts")
echo "all $count strings have a zh_CN translation"
