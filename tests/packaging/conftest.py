"""The GUI fixtures of tests/ui (isolated settings, Dutch with missing-text detection, screenshots)."""

from tests.ui.conftest import dutch, isolated_settings, qapp_cls, shots  # noqa: F401
