#!/usr/bin/env bash
# Build the Linux desktop bundle: dist/azil-VERSION-linux-x86_64.tar.gz holding azil/,
# whose azil/azil is the `azil` command (no arguments: the app; else the command line).
# One command from a fresh clone: bash packaging/build-linux.sh
# It makes its own build virtualenv (build/venv) with azil and PyInstaller in it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD="$ROOT/build"
VENV="$BUILD/venv"
PY="${PYTHON:-python3}"
export AZIL_BUILD_DIR="$BUILD"

start=$(date +%s)
echo "== build virtualenv ($VENV)"
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/pip" install -q --upgrade pip
# Not editable: the bundle takes what an installed wheel holds, never the checkout.
# setuptools builds in build/lib and never empties it: a module deleted from the source
# would live on in the wheel, so start from nothing.
rm -rf "$BUILD/lib" "$BUILD"/bdist.*
"$VENV/bin/pip" install -q . 'pyinstaller>=6.10'
"$VENV/bin/pip" install -q --force-reinstall --no-deps .
VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("azil"))')"
ARCH="$(uname -m)"

echo "== Qt catalogues, icon, licences"
rm -rf "$BUILD/qm" && mkdir -p "$BUILD/qm"
LRELEASE="$("$VENV/bin/python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "lrelease")')"
for ts in gui/translations/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "$BUILD/qm/$(basename "${ts%.ts}").qm"
done
"$VENV/bin/python" packaging/licenses.py "$BUILD/LICENSES"

echo "== PyInstaller"
rm -rf "$BUILD/dist/azil"
# QT_QPA_PLATFORM: PyInstaller imports PySide6 to find its plugins; no display needed.
QT_QPA_PLATFORM=offscreen "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/azil.spec

echo "== desktop integration and licences into the folder"
APP="$BUILD/dist/azil"
cp packaging/linux/install.sh "$APP/install.sh"
chmod 755 "$APP/install.sh"
mkdir -p "$APP/share"
cp packaging/linux/azil.desktop packaging/icons/azil.svg packaging/icons/azil-48.png \
  packaging/icons/azil-256.png "$APP/share/"
cp -r "$BUILD/LICENSES" "$APP/LICENSES"
# PyInstaller also copies system libraries the Qt plugins need (libX11, libglib, ...):
# their Debian copyright files, found through the package that owns each one.
if command -v dpkg >/dev/null; then
  mkdir -p "$APP/LICENSES/system"
  patterns=()
  for lib in "$APP"/_internal/*.so*; do patterns+=("*/$(basename "$lib")"); done
  # (dpkg -S fails for the libraries that came in wheels, not from a package)
  owners="$(dpkg -S "${patterns[@]}" 2>/dev/null || true)"
  for pkg in $(echo "$owners" | cut -d: -f1 | tr ',' ' ' | tr ' ' '\n' | sort -u); do
    if [ -f "/usr/share/doc/$pkg/copyright" ]; then
      cp "/usr/share/doc/$pkg/copyright" "$APP/LICENSES/system/$pkg.copyright"
    fi
  done
  echo "system libraries' licences (Debian packages): $(ls "$APP/LICENSES/system" | wc -l)"
fi

echo "== archive"
mkdir -p dist
ARCHIVE="dist/azil-$VERSION-linux-$ARCH.tar.gz"
tar -C "$BUILD/dist" -czf "$ARCHIVE.part" azil
mv "$ARCHIVE.part" "$ARCHIVE"
echo "$ARCHIVE: $(du -h "$ARCHIVE" | cut -f1) (unpacked $(du -sh "$APP" | cut -f1)),"\
" built in $(( $(date +%s) - start )) s"
