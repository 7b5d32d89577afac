"""``python -m bench``: build or reuse a demo database and time the registered cases."""

import sys

from bench.runner import main

sys.exit(main())
