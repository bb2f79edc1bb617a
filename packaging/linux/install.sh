#!/bin/sh
# Install azil for this user only (no root): the program into ~/.local/opt/azil, the
# `azil` command into ~/.local/bin, the menu entry and the icon into ~/.local/share.
# Run it from the unpacked archive: ./azil/install.sh   Run it again to update.
# To remove: rm -r ~/.local/opt/azil ~/.local/bin/azil \
#   ~/.local/share/applications/azil.desktop ~/.local/share/icons/hicolor/*/apps/azil.*
set -eu
SRC="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/azil"
BIN="$HOME/.local/bin"

if [ "$SRC" != "$OPT" ]; then
  mkdir -p "$HOME/.local/opt"
  rm -rf "$OPT.new"
  cp -R "$SRC" "$OPT.new"
  rm -rf "$OPT"
  mv "$OPT.new" "$OPT"
  echo "program:   $OPT"
fi

mkdir -p "$BIN"
ln -sf "$OPT/azil" "$BIN/azil"
echo "command:   $BIN/azil"

for size in 48 256; do
  dir="$DATA/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$OPT/share/azil-$size.png" "$dir/azil.png"
  echo "icon:      $dir/azil.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$OPT/share/azil.svg" "$DATA/icons/hicolor/scalable/apps/azil.svg"
echo "icon:      $DATA/icons/hicolor/scalable/apps/azil.svg"

mkdir -p "$DATA/applications"
# The menu entry names the installed program by its full path: ~/.local/bin may not be
# on the desktop session's PATH.
sed "s|^Exec=.*|Exec=\"$OPT/azil\"|" "$OPT/share/azil.desktop" \
  > "$DATA/applications/azil.desktop"
chmod 644 "$DATA/applications/azil.desktop"
echo "menu:      $DATA/applications/azil.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true

echo "azil is installed: start it from the menu (Office), or run: azil"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "(for the azil command in a terminal, add $BIN to your PATH)" ;;
esac
