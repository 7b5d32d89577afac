"""Build the standalone one-folder app for the platform this runs on, then prove it works.

    python packaging/build.py              # dist/desktop-crm/ (and dist/Desktop CRM.app on macOS)
    python packaging/build.py --archive    # also dist/desktop-crm-VERSION-PLATFORM.tar.gz (.zip on Windows)
    python packaging/build.py --release    # on Linux: refuse to build without the xcb libraries to bundle

Needs PyInstaller in the Python that runs this (``pip install -e . pyinstaller`` in a build venv).
Steps: stamp the version and requirements from ``pyproject.toml`` into the package metadata that goes in
the bundle; run PyInstaller on ``packaging/desktop-crm.spec``; check that the built app reports that
version; run the built app's ``--selftest`` offscreen; print the build time and the folder's size.
The exit code is 0 only when the build and the selftest passed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "desktop-crm.spec"
NAME = "desktop-crm"
APP_ID = "nl.desktopcrm.DesktopCRM"
SELFTEST_TIMEOUT = 300  # a cold first start of a big folder on a slow disk
# Libraries PyInstaller leaves to the system on purpose (the graphics stack, the Wayland client libraries,
# libxcb itself): the bundle may need them without carrying them.
SYSTEM_LIBRARIES = re.compile(r"^lib(E?(Open)?GLX?\w*|drm|xcb|xcb-dri\d?|wayland-(client|cursor|egl|server)|c|m|dl|"
                              r"pthread|rt)\.so")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def unmet_requirements(meta: dict) -> list[str]:
    """Dependencies of ``pyproject.toml`` that this Python does not satisfy: a build venv made before a pin
    changed would otherwise ship the old version (PySide6-Essentials is kept below 6.12 for a crash)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    unmet = []
    for text in meta.get("dependencies", []):
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            unmet.append(f"{requirement} (not installed)")
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            unmet.append(f"{requirement} (installed: {installed})")
    return unmet


def write_stamp(stamp: Path, meta: dict) -> Path:
    """The package metadata the frozen app reads (``importlib.metadata``): version and requirements as
    ``pyproject.toml`` says now, whatever an older editable install of the build venv recorded."""
    shutil.rmtree(stamp, ignore_errors=True)
    folder = stamp / f"desktop_crm-{meta['version']}.dist-info"
    folder.mkdir(parents=True)
    lines = ["Metadata-Version: 2.1", f"Name: {meta['name']}", f"Version: {meta['version']}",
             f"Summary: {meta.get('description', '')}", f"Requires-Python: {meta.get('requires-python', '')}"]
    lines += [f"Requires-Dist: {requirement}" for requirement in meta.get("dependencies", [])]
    (folder / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "INSTALLER").write_text("packaging/build.py\n", encoding="utf-8")
    return folder


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def executable(dist: Path) -> Path:
    """The built program to run for --version and --selftest (the console one on Windows)."""
    if sys.platform == "win32":
        return dist / NAME / f"{NAME}-cli.exe"
    if sys.platform == "darwin":
        return dist / "Desktop CRM.app" / "Contents" / "MacOS" / NAME
    return dist / NAME / NAME


def add_linux_desktop_files(folder: Path) -> None:
    """share/ (start-menu entry, AppStream metainfo, hicolor icons) and install.sh beside the program: what
    install.sh puts in ~/.local and the Flatpak manifest puts in /app."""
    linux = ROOT / "packaging" / "linux"
    share = folder / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in sorted((ROOT / "resources" / "icons").glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{NAME}.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", folder / "install.sh")


def missing_system_libraries() -> dict[str, str]:
    """On Linux: the xcb plugin's libraries this machine lacks, which PyInstaller therefore cannot bundle."""
    if not sys.platform.startswith("linux"):
        return {}
    sys.path.insert(0, str(ROOT))
    from desktop_crm.ui.platform_check import missing_libraries

    return missing_libraries()


def unresolved_libraries(folder: Path) -> dict[str, list[str]]:
    """On Linux: libraries that files of the bundle need and that neither the bundle nor this machine has
    (``ldd`` with the bundle's folders first, as its bootloader arranges), with a file needing each."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return {}
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")]))
    missing: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or not (".so" in path.name or path.name == NAME):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line and not SYSTEM_LIBRARIES.match(line.strip()):
                missing.setdefault(line.split("=>")[0].strip(), []).append(str(path.relative_to(folder)))
    return missing


def run_built(program: Path, *args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.pop("DESKTOP_CRM_DB", None)
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", env=env, timeout=timeout, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also pack the folder for download")
    parser.add_argument("--release", action="store_true",
                        help="fail instead of warn when the build machine lacks libraries the bundle should carry")
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is not installed in this Python: pip install -e . pyinstaller", file=sys.stderr)
        return 1
    meta = project()
    version = meta["version"]
    print(f"build.py: {NAME} {version} for {platform_tag()}, Python {platform.python_version()}", flush=True)
    unmet = unmet_requirements(meta)
    if unmet:
        print(f"build.py: this Python does not have what pyproject.toml asks for: {'; '.join(unmet)}. "
              f"Run: {sys.executable} -m pip install -e {ROOT}", file=sys.stderr)
        return 1

    missing = missing_system_libraries()
    if missing:
        text = (f"build.py: this machine lacks {', '.join(missing)}, so the build cannot carry them; "
                f"install them first: apt-get install {' '.join(dict.fromkeys(missing.values()))}")
        if args.release:
            print(text, file=sys.stderr)
            return 1
        print(text.replace("build.py:", "build.py: WARNING:"), file=sys.stderr, flush=True)

    stamp = write_stamp(args.work / "stamp", meta)
    env = dict(os.environ, DESKTOP_CRM_STAMP=str(stamp.parent))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work / "pyinstaller"), str(SPEC)]
    if args.clean:
        command.insert(4, "--clean")
    started = time.perf_counter()
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        print("build.py: PyInstaller failed", file=sys.stderr)
        return 1
    build_seconds = time.perf_counter() - started

    if sys.platform.startswith("linux"):
        add_linux_desktop_files(args.dist / NAME)
    program = executable(args.dist)
    if not program.exists():
        print(f"build.py: {program} was not built", file=sys.stderr)
        return 1
    reported = run_built(program, "--version")
    if reported.returncode != 0 or reported.stdout.strip() != f"{NAME} {version}":
        print(f"build.py: the built app reports {reported.stdout.strip() or reported.stderr.strip()!r}, "
              f"not '{NAME} {version}'", file=sys.stderr)
        return 1

    print(f"build.py: running {program.relative_to(args.dist)} --selftest", flush=True)
    started_selftest = time.perf_counter()
    try:
        selftest = run_built(program, "--selftest", timeout=SELFTEST_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"build.py: the selftest did not finish in {SELFTEST_TIMEOUT} s", file=sys.stderr)
        return 1
    selftest_seconds = time.perf_counter() - started_selftest
    sys.stdout.write(selftest.stdout)
    sys.stderr.write(selftest.stderr)
    if selftest.returncode != 0:
        print(f"build.py: the selftest FAILED (exit code {selftest.returncode})", file=sys.stderr)
        return 1

    for soname, needers in unresolved_libraries(args.dist / NAME).items():
        print(f"build.py: WARNING: {soname} is needed by {needers[0]} (and {len(needers) - 1} more) but is "
              f"neither bundled nor on this machine", file=sys.stderr)

    size, count = folder_size(args.dist / NAME)
    info = {"name": NAME, "version": version, "platform": platform_tag(), "python": platform.python_version(),
            "build_seconds": round(build_seconds, 1), "selftest_seconds": round(selftest_seconds, 1),
            "folder_bytes": size, "files": count, "built": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if args.archive:
        base = args.dist / f"{NAME}-{version}-{platform_tag()}"
        archive = Path(shutil.make_archive(str(base), "zip" if sys.platform == "win32" else "gztar",
                                           root_dir=args.dist, base_dir=NAME))
        info["archive"], info["archive_bytes"] = archive.name, archive.stat().st_size
    (args.work / "build-info.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    summary = (f"build.py: built {args.dist / NAME} in {build_seconds:.0f} s: {size / 2**20:.0f} MiB in "
               f"{count} files; selftest passed in {selftest_seconds:.1f} s")
    if "archive_bytes" in info:
        summary += f"; {info['archive']}: {info['archive_bytes'] / 2**20:.0f} MiB"
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
