"""The files in packaging/ and resources/icons: valid where a validator is installed, consistent always."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_crm.ui.about_dialog import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icons_in_every_size_desktops_ask_for() -> None:
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert size in ICON_SIZES
        assert _png_size(ICONS / f"desktop-crm-{size}.png") == (size, size)
    ico = (ICONS / "desktop-crm.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "desktop-crm.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px (512@2x) Retina image
    ET.parse(ICONS / "desktop-crm.svg")


def test_desktop_file() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID and main["Exec"] == "desktop-crm" and main["Terminal"] == "false"
    assert main["StartupWMClass"] == "desktop-crm"
    assert "Office;" in main["Categories"] and main["Comment[nl]"]
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_matches_the_desktop_file_and_the_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == VERSION, "add a <release> for the new version"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli (Debian: appstream) is not installed")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_flatpak_manifest() -> None:
    text = (LINUX / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^command: desktop-crm$", text, re.M)
    assert "--share=network" not in text  # offline-first
    for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc", "path: ../../dist/desktop-crm"):
        assert needed in text


def test_inno_setup_installs_per_user_and_keeps_the_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "desktop-crm.iss").read_text(encoding="utf-8")
    code = "\n".join(line for line in iss.splitlines() if not line.lstrip().startswith(";"))
    assert re.search(r"^PrivilegesRequired=lowest$", code, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", code, re.M)
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", code, re.M)
    assert "{autoprograms}" in code  # the start-menu entry
    assert "[UninstallDelete]" not in code
    assert "uninsdeletekey" not in code.lower() and "uninsdeletevalue" not in code.lower()
    # What the installer deletes on its own is inside the program folder only.
    for line in re.findall(r"^Type: .*$", code, re.M):
        assert 'Name: "{app}\\' in line, line
    assert "desktop-crm\\" not in code.replace("dist\\desktop-crm", "")  # never the data folder


def test_macos_bundle_keys_in_the_spec() -> None:
    spec = (ROOT / "packaging" / "desktop-crm.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDevelopmentRegion\": \"nl\"", "\"CFBundleLocalizations\": [\"nl\", \"en\"]",
                "\"NSHighResolutionCapable\": True", "bundle_identifier=APP_ID"):
        assert key in spec
    assert f'APP_ID = "{APP_ID}"' in spec
