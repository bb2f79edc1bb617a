"""Render packaging/icons/azil.svg to the PNGs committed beside it (and a Windows .ico).

    python packaging/render_icon.py [--ico OUT.ico]

Qt's own SVG renderer, so nothing beyond azil's dependencies is needed; run it again
after editing the SVG. The .ico (16 to 256 px) is made by the Windows build.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (48, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    """The icon at `size` pixels square, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "azil.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    args = parser.parse_args()
    _app = QGuiApplication([])
    for size in PNG_SIZES:
        render(size).save(str(ICONS / f"azil-{size}.png"))
    if args.ico:
        # Qt's ico plugin writes the largest image; Windows scales it down well enough.
        writer = QImageWriter(str(args.ico), b"ico")
        if not writer.write(render(256)):
            raise SystemExit(f"cannot write {args.ico}: {writer.errorString()}")


if __name__ == "__main__":
    main()
