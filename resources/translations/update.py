"""Refresh the translation sources from the code and build the compiled files.

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --check  # exit 1 if a .ts is out of date or unfinished

Dutch (nl) must be complete; English (en) is the source language, so its file holds only the
plural forms (lupdate -pluralonly).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "desktop_crm"
LANGS = {"nl": "nl_NL", "en": "en_GB"}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .) first")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str, plural_only: bool) -> None:
    args = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
            "-target-language", LANGS[language], "-ts", str(ts)]
    if plural_only:
        args.insert(1, "-pluralonly")
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(source)
        elif message.get("numerus") == "yes":
            if any(not (f.text or "").strip() for f in translation.findall("numerusform")):
                out.append(source)
        elif not (translation.text or "").strip():
            out.append(source)
    return out


def ts_path(language: str) -> Path:
    return HERE / f"desktop_crm_{language}.ts"


def check() -> list[str]:
    """Problems: .ts files not matching the code, unfinished Dutch, stale .qm files."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGS:
            fresh = Path(tmp) / ts_path(language).name
            shutil.copy(ts_path(language), fresh)
            lupdate(fresh, language, plural_only=language == "en")
            if fresh.read_bytes() != ts_path(language).read_bytes():
                problems.append(f"{ts_path(language).name} is out of date: run python resources/translations/update.py")
            missing = unfinished(fresh)
            if missing:
                problems.append(f"{language}: {len(missing)} untranslated: " + "; ".join(missing[:10]))
            qm = Path(tmp) / f"desktop_crm_{language}.qm"
            lrelease(ts_path(language), qm)
            built = HERE / qm.name
            if not built.exists() or built.read_bytes() != qm.read_bytes():
                problems.append(f"{built.name} is not built from its .ts: run python resources/translations/update.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    for language in LANGS:
        ts = ts_path(language)
        lupdate(ts, language, plural_only=language == "en")
        lrelease(ts, HERE / f"desktop_crm_{language}.qm")
        left = unfinished(ts) if language == "nl" else []
        print(f"{ts.name}: {len(left)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
