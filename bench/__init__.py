"""Timings of the app's own code paths next to hand-written sqlite3 on the same file.

Run ``python -m bench --help``; see bench/README.md.
"""
