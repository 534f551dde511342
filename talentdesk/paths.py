"""Where TalentDesk keeps its data: --data-dir, then TALENTDESK_DATA_DIR, then the platform's folder."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TalentDesk"
ENV_DATA_DIR = "TALENTDESK_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def attachments_dir(data_dir: Path) -> Path:
    return data_dir / "attachments"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def resources_dir() -> Path:
    """The resources/ folder: installed as talentdesk.resources, or beside the package in a checkout."""
    try:
        from importlib.resources import files

        candidate = Path(str(files("talentdesk.resources")))
        if candidate.is_dir():
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
