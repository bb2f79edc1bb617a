#!/usr/bin/env bash
# Smoke test of the Linux bundle: unpack the archive into an empty folder and run the
# contract's five commands with an environment that has none of azil's Python packages
# (env -i: no PATH entry but the system's, no PYTHONPATH, no virtualenv), Qt offscreen.
#   bash packaging/smoke.sh [dist/azil-VERSION-linux-x86_64.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
ARCHIVE="${1:-$(ls -t dist/azil-*-linux-*.tar.gz | head -n1)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -C "$tmp" -xzf "$ARCHIVE"
AZIL="$tmp/azil/azil"
run() {
  env -i HOME="$tmp/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    AZIL_DATA_DIR="$tmp/data" "$AZIL" "$@"
}
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/home"
echo "== smoke test of $ARCHIVE in $tmp"

out="$(run --version)"
echo "$out"
[[ "$out" =~ ^azil\ [0-9][^\ ]*\ \(schema\ [0-9a-z_]+\;\ bundle\)$ ]] \
  || fail "--version said: $out"

run demo >"$tmp/demo.out" || fail "demo exited $?"
echo "demo: $(wc -l <"$tmp/demo.out") lines"

run deadlines --json >"$tmp/deadlines.json" || fail "deadlines --json exited $?"
# /usr/bin/python3 only reads the file here; the bundle itself needs no Python.
count="$(env -i /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and d; print(len(d))' "$tmp/deadlines.json")" \
  || fail "deadlines --json is not a JSON list of deadlines"
echo "deadlines --json: $count deadlines"

mkdir -p "$tmp/out"
run render poa --case 1 --out "$tmp/out" || fail "render poa exited $?"
docx="$(ls "$tmp"/out/*.docx 2>/dev/null | head -n1)"
[ -n "$docx" ] || fail "render poa made no .docx"
unzip -tq "$docx" >/dev/null 2>&1 || env -i /usr/bin/python3 -c \
  'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).testzip()' "$docx" \
  || fail "$docx is not a .docx (zip)"
echo "render poa: $(basename "$docx")"

run gui --screenshots "$tmp/shots" || fail "gui --screenshots exited $?"
pngs=("$tmp"/shots/*.png)
[ -e "${pngs[0]}" ] || fail "gui --screenshots made no PNG"
for png in "${pngs[@]}"; do
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
    || fail "$png is not a PNG"
done
echo "gui --screenshots: ${#pngs[@]} PNGs"
echo "smoke: OK"
