"""Before Qt starts on a Linux X11 desktop: are the system libraries of Qt's xcb plugin there?

Since PySide6 6.5 the xcb platform plugin needs libraries that a fresh Debian or Ubuntu lacks
(``libxcb-cursor0`` first of all). Without them Qt aborts with "Could not load the Qt platform plugin
"xcb"", a message a user cannot act on. ``check_or_exit()`` runs first in ``run_gui``: it tries to load
each library with ``ctypes`` and, when some are missing, prints one line naming the apt packages to
install and exits with 1. No Qt is imported here.

Nothing is checked when Qt will not use xcb: another ``QT_QPA_PLATFORM`` (offscreen, wayland, ...),
a Wayland session (Qt 6 prefers its wayland plugin there), Windows and macOS. The standalone build
carries these libraries in its own folder; they are looked for there first.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The shared libraries Qt's xcb plugin (libqxcb.so, libQt6XcbQpa.so) loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}

Loader = Callable[[str], bool]


def needs_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt is about to use its xcb plugin: Linux, and QT_QPA_PLATFORM unset (outside a Wayland
    session) or set to xcb."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    wayland = env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or bool(env.get("WAYLAND_DISPLAY"))
    return not wayland


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (inside the standalone build's folder first)."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [str(Path(bundle) / soname)] if bundle and (Path(bundle) / soname).exists() else []
    candidates.append(soname)
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    found = ctypes.util.find_library(soname.split(".so")[0].removeprefix("lib"))  # an unusual library path
    if found and found not in candidates:
        try:
            ctypes.CDLL(found)
        except OSError:
            return False
        return True
    return False


def missing_libraries(load: Loader = can_load) -> dict[str, str]:
    """The xcb plugin's libraries that do not load, with their packages (in the table's order)."""
    return {soname: package for soname, package in XCB_LIBRARIES.items() if not load(soname)}


def message(missing: Mapping[str, str]) -> str:
    """The one line printed when libraries are missing."""
    packages = " ".join(dict.fromkeys(missing.values()))
    return (f"desktop-crm: Qt cannot open a window on this X11 desktop: {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing. Install with: sudo apt-get install {packages} "
            f"(Fedora and others: the xcb-util packages)")


def check_or_exit(load: Loader = can_load, environ: Mapping[str, str] | None = None) -> None:
    """Exit with 1 and one line on stderr when Qt would need xcb libraries that are missing."""
    if not needs_xcb(environ):
        return
    missing = missing_libraries(load)
    if missing:
        print(message(missing), file=sys.stderr)
        raise SystemExit(1)
