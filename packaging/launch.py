"""The entry point PyInstaller freezes: the same ``main`` as the ``talentdesk`` console script.

Its return value becomes the process's exit code, also for the windowed (GUI-subsystem) build on
Windows, which has no console: ``talentdesk --self-test`` reports through the exit code there.
"""
import sys

from talentdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
