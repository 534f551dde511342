#!/usr/bin/env bash
# Set TalentDesk up on this machine, then open it or run its tests.
#
#   bash packaging/dev.sh run [TALENTDESK ARGS…]   # opens the program (e.g. --demo, --data-dir DIR)
#   bash packaging/dev.sh test [PYTEST ARGS…]      # runs the test suite
#
# It installs what a fresh Debian/Ubuntu machine lacks for Qt (when run as root
# with apt-get; otherwise it prints the command), creates .venv and installs the
# project into it in editable mode with its test tools. Later runs reuse both.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
if [[ "$mode" != "run" && "$mode" != "test" ]]; then
    echo "usage: bash packaging/dev.sh run|test [ARGS…]" >&2
    exit 2
fi
shift

# Libraries the Qt wheels load (xcb for a real display, EGL/GL, fonts, D-Bus).
DEBIAN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core python3-venv)
if [[ "$mode" == "test" ]]; then
    # PDF checks, the desktop entry and AppStream metadata validators of the packaging tests, and
    # rpmbuild/rpm for the .rpm test (Debian's rpm package).
    DEBIAN_PACKAGES+=(poppler-utils qpdf desktop-file-utils appstream rpm)
    # The team database tests start a real PostgreSQL server from Debian's package (initdb + pg_ctl in a
    # temporary folder; tests/postgres_server.py), or use the one named by $TALENTDESK_TEST_DATABASE.
    if [[ -z "${TALENTDESK_TEST_DATABASE:-}" ]]; then
        DEBIAN_PACKAGES+=(postgresql)
    fi
fi

missing=()
if command -v dpkg-query >/dev/null; then
    for package in "${DEBIAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
fi
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing system libraries: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Missing system libraries; install them with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
    fi
fi

python="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
stamp=".venv/.talentdesk-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test,encryption]"  # encryption: the optional SQLCipher extra
    echo "$wanted" > "$stamp"
fi

if [[ "$mode" == "run" ]]; then
    exec .venv/bin/talentdesk "$@"
fi
exec .venv/bin/python -m pytest "$@"
