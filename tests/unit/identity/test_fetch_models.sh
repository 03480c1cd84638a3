#!/usr/bin/env bash
# packaging/fetch-models.sh installs verified files and refuses a file whose SHA-256 differs from
# the manifest, installing nothing of it. Uses the npm cache that packaging/dev.sh filled (no
# network when the pinned tarballs are cached).
set -uo pipefail
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The real manifest: every file lands, and a second run has nothing to do.
"$root/packaging/fetch-models.sh" "$tmp/good" 2>"$tmp/log1" || { cat "$tmp/log1"; fail "fetch with the real manifest failed"; }
for f in blazeface_front_128.onnx blazeface_back_256.onnx face_recognition_model.bin face_recognition_model-weights_manifest.json; do
  [ -f "$tmp/good/models/$f" ] || fail "$f not installed"
done
grep -q "0 file(s) installed now" <(OW_MODELS_MANIFEST="$root/resources/models/models.json" "$root/packaging/fetch-models.sh" "$tmp/good" 2>&1) \
  || fail "a second run reinstalled files"

# One hash changed: the script fails, names the mismatch, and that file is not installed.
sed 's/d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51/0000000000000000000000000000000000000000000000000000000000000000/' \
  "$root/resources/models/models.json" >"$tmp/bad.json"
cmp -s "$tmp/bad.json" "$root/resources/models/models.json" && fail "the test could not alter the manifest"
if OW_MODELS_MANIFEST="$tmp/bad.json" "$root/packaging/fetch-models.sh" "$tmp/bad" 2>"$tmp/log2"; then
  fail "a SHA-256 mismatch did not stop the script"
fi
grep -q "SHA-256 MISMATCH" "$tmp/log2" || { cat "$tmp/log2"; fail "the mismatch was not named"; }
[ -e "$tmp/bad/models/blazeface_front_128.onnx" ] && fail "the mismatching file was installed"
[ -e "$tmp/bad/models/blazeface_front_128.onnx.part" ] && fail "a partial file was left behind"
echo "fetch-models: verified install and mismatch refusal ok"
