"""TalentDesk: an offline relationship manager for a solo client and the professionals they hire."""
from .store import drivers

# The release's number: pyproject.toml's [project] version (a test holds the two equal). Written here rather than
# read from the installed metadata, whose reader (importlib.metadata) costs a start a tenth of a second.
__version__ = "0.1.0"

# Before anything imports Peewee: without the PostgreSQL driver, bound when a team database is opened.
drivers.import_peewee()
