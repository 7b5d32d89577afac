"""Desktop CRM: an offline-first desktop CRM for small businesses."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desktop-crm")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

APP_NAME = "desktop-crm"
APP_DISPLAY_NAME = "Desktop CRM"
