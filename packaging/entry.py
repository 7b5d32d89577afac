"""The standalone build's entry point: ``desktop-crm`` as installed by pip, frozen by PyInstaller."""

import os
import sys

# A windowed build on Windows and macOS has no console: print() and argparse would fail on None.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life

import multiprocessing  # noqa: E402

from desktop_crm.cli import main  # noqa: E402

if __name__ == "__main__":
    # A large import reads its file in a helper process (services/import_feed.py); in the frozen build
    # that process starts this executable again, and freeze_support() makes it run the helper, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
