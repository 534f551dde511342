"""TalentDesk: an offline relationship manager for a solo client and the professionals they hire."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("talentdesk")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.1.0"
