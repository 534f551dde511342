#!/usr/bin/env bash
# Build the .deb and the .rpm (one bundle), install the .deb, run the installed program's self-test
# offscreen, remove it again, and check that the user's data folder survived; check the .rpm's metadata
# and file list with rpm -qip/-qlp, the SBOM and SHA256SUMS. Used by .ci/run and the installers workflow.
#
#   bash packaging/linux/check-linux.sh [PYTHON]  # PYTHON: the interpreter with the project's
#                                                 # dependencies (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-.venv/bin/python}"

as_root=()
if [[ $(id -u) != 0 ]]; then as_root=(sudo); fi

# Tools for the build and its checks, and the libraries PyInstaller must find (a Qt plugin whose
# library is missing makes the build fail rather than produce a bundle that cannot open a window).
BUILD_PACKAGES=(dpkg-dev binutils desktop-file-utils appstream rpm
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
"$python" -m pip install --quiet -e ".[packaging]"    # PyInstaller, Pillow, the SBOM generator

"$python" packaging/build.py
deb="$(ls dist/release/talentdesk_*.deb)"
rpm="$(ls dist/release/talentdesk-*.rpm)"
app_id=org.talentdesk.TalentDesk
fail() { echo "check-linux: $*" >&2; exit 1; }

# What is released: the checksums hold, the SBOM names the program and what it ships.
(cd dist/release && sha256sum --check --strict SHA256SUMS)
sbom="$(ls dist/release/*.cdx.json)"
"$python" - "$sbom" <<'PY' || fail "the SBOM $sbom is incomplete"
import json, re, sys
sbom = json.load(open(sys.argv[1]))
names = {re.sub(r"[-_.]+", "-", c["name"]).lower() for c in sbom["components"]}
assert sbom["bomFormat"] == "CycloneDX" and sbom["metadata"]["component"]["name"] == "talentdesk", sbom["metadata"]
assert {"pyside6-essentials", "shiboken6", "peewee", "platformdirs", "icalendar"} <= names, names
print(f"SBOM: {len(names)} components: {', '.join(sorted(names))}")
PY

# The .rpm (Fedora, openSUSE): its metadata and its files, read without installing it.
rpm -qip "$rpm"
files="$(rpm -qlp "$rpm")"
for wanted in /opt/talentdesk/talentdesk /usr/bin/talentdesk "/usr/share/applications/$app_id.desktop" \
        "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        /opt/talentdesk/_internal/talentdesk/resources/LICENCES.txt; do
    grep -qxF "$wanted" <<<"$files" || fail "$rpm does not install $wanted"
done
[[ "$(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpm")" == "talentdesk $(dpkg-deb -f "$deb" Version)" ]] \
    || fail "the .rpm and the .deb disagree on the version"
rpm -qp --requires "$rpm" | grep -q '^libxcb-cursor.so.0()(64bit)$' || fail "$rpm does not require the xcb libraries"
echo "rpm: $(wc -l <<<"$files") files, requires: $(rpm -qp --requires "$rpm" | tr '\n' ' ')"
ls -l "$deb" "$rpm"

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
[[ -s /opt/talentdesk/_internal/talentdesk/resources/LICENCES.txt ]] || fail "the installed program has no licences file"

"${as_root[@]}" dpkg --purge talentdesk >/dev/null
hash -r
if command -v talentdesk >/dev/null || [[ -e /opt/talentdesk ]]; then
    fail "talentdesk is still installed after removal"
fi
if [[ ! -f "$data/talentdesk.sqlite3" || "$(cat "$data/notes-to-keep.txt")" != "kept" ]]; then
    fail "removing the package touched the data folder $data"
fi
echo "check-linux: .rpm checked; .deb installed, self-test passed, removed; the data folder was kept"
