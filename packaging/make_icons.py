"""Render the application icon from ``resources/icons/desktop-crm.svg`` into every file a platform asks for.

    python packaging/make_icons.py

writes, next to the SVG:

- ``desktop-crm-{16,24,32,48,64,128,256,512}.png``: the window/taskbar icon (``ui/about_dialog.app_icon``)
  and the Linux hicolor theme sizes (``packaging/linux``);
- ``desktop-crm.ico``: Windows (exe, installer, start menu), PNG-compressed entries 16-256 px;
- ``desktop-crm.icns``: macOS (the .app bundle), PNG entries 16-1024 px. On a Mac the same file can be
  made with Apple's tool instead: see ``packaging/macos/README.md`` (``iconutil -c icns``).

Only Qt (PySide6 QtSvg, part of PySide6-Essentials) is needed; it runs offscreen. Re-run it after
changing the SVG and commit the results (they are small).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "desktop-crm.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types with PNG payloads (the ones macOS 10.7+ reads), by pixel size.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """An Apple .icns with PNG elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    pngs = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    for size in PNG_SIZES:
        (ICONS / f"desktop-crm-{size}.png").write_bytes(pngs[size])
    (ICONS / "desktop-crm.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "desktop-crm.icns").write_bytes(icns(pngs))
    written = [f"desktop-crm-{s}.png" for s in PNG_SIZES] + ["desktop-crm.ico", "desktop-crm.icns"]
    print(f"wrote {len(written)} files to {ICONS.relative_to(ROOT)}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
