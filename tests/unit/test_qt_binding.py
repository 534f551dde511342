"""Guards against a Qt binding that corrupts the interpreter over a long session."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason=(
    "None is immortal from Python 3.12 (PEP 683): its reference count never changes, so a binding "
    "that drops references to it cannot abort the interpreter and this check could only pass"))
def test_calls_returning_nothing_keep_none_alive():
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on each such call;
    # a few thousand calls into a session the interpreter aborts. pyproject pins 6.11.3 there.
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QObject
        o = QObject()
        before = sys.getrefcount(None)
        for _ in range(10_000):
            o.setObjectName("x")
        print(before - sys.getrefcount(None))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 50
