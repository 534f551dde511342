#!/usr/bin/env bash
# Build the .deb, install it, run the installed program's self-test offscreen, remove it again, and
# check that the user's data folder survived. Used by .ci/run and by the installers workflow.
#
#   bash packaging/linux/check-deb.sh [PYTHON]    # PYTHON: the interpreter with the project's
#                                                 # dependencies (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-.venv/bin/python}"

as_root=()
if [[ $(id -u) != 0 ]]; then as_root=(sudo); fi

# Tools for the build and its checks, and the libraries PyInstaller must find (a Qt plugin whose
# library is missing makes the build fail rather than produce a bundle that cannot open a window).
BUILD_PACKAGES=(dpkg-dev binutils desktop-file-utils appstream
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libcups2)
missing=()
for package in "${BUILD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
"$python" -m pip install --quiet "pyinstaller>=6.6"

"$python" packaging/build.py
deb="$(ls -t dist/talentdesk_*.deb | head -n1)"

# A throwaway home, so the check never touches a real user's data.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
data="$home/.local/share/TalentDesk"
mkdir -p "$data"
echo "kept" > "$data/notes-to-keep.txt"

# dpkg -i; should a dependency be missing on this machine, apt-get -f fetches it (as a user's apt would).
if ! "${as_root[@]}" dpkg -i "$deb" >/dev/null; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends >/dev/null
fi
installed="$(command -v talentdesk)"
echo "installed: $installed -> $(readlink -f "$installed")"
HOME="$home" QT_QPA_PLATFORM=offscreen talentdesk --self-test     # the default data folder under $HOME
HOME="$home" talentdesk --version

"${as_root[@]}" dpkg --purge talentdesk >/dev/null
hash -r
if command -v talentdesk >/dev/null || [[ -e /opt/talentdesk ]]; then
    echo "check-deb: talentdesk is still installed after removal" >&2
    exit 1
fi
if [[ ! -f "$data/talentdesk.sqlite3" || "$(cat "$data/notes-to-keep.txt")" != "kept" ]]; then
    echo "check-deb: removing the package touched the data folder $data" >&2
    exit 1
fi
echo "check-deb: installed, self-test passed, removed; the data folder was kept"
