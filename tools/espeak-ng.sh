#!/usr/bin/env bash
# Puts espeak-ng 1.52 (Debian 13's, the kiosk's speech engine) where the tests find it:
# prints the folder to add to PATH. Debian 12's espeak-ng (1.51) reads Mandarin as English
# words, so the tests of what the kiosk says need 1.52.
#
#   PATH="$(tools/espeak-ng.sh):$PATH" cargo test
#
# On Debian 13 or later: apt installs espeak-ng as usual (needs root or sudo). On Debian
# 12: Debian 13's packages are downloaded with apt (an apt of their own, in
# target/espeak-ng, that touches nothing of the system's) and unpacked there, with a
# wrapper that points them at their own libraries and voices; the two libraries they
# need from the system (ALSA's and PulseAudio's client) are installed with apt.
set -euo pipefail
cd "$(dirname "$0")/.."

version_ok() {
    "$1" --version 2>/dev/null | grep -Eq 'eSpeak NG text-to-speech: 1\.(5[2-9]|[6-9][0-9])'
}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

if version_ok espeak-ng; then
    dirname "$(command -v espeak-ng)"
    exit 0
fi
. /etc/os-release
if [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null; then
    $sudo apt-get update -qq >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends espeak-ng >&2
    dirname "$(command -v espeak-ng)"
    exit 0
fi

here="$PWD/target/espeak-ng"
wrapper="$here/bin/espeak-ng"
if [ -x "$wrapper" ] && version_ok "$wrapper"; then
    echo "$here/bin"
    exit 0
fi
echo "== espeak-ng 1.52 from Debian 13 into $here" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libasound2 libpulse0 >&2 || {
    $sudo apt-get update -qq >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libasound2 libpulse0 >&2
}
rm -rf "$here"
mkdir -p "$here/apt/lists/partial" "$here/apt/archives/partial" "$here/root" "$here/bin"
echo "deb http://deb.debian.org/debian trixie main" >"$here/sources.list"
: >"$here/status"
apt_opts=(
    -o "Dir::Etc::sourcelist=$here/sources.list" -o Dir::Etc::sourceparts=/nonexistent
    -o "Dir::State::lists=$here/apt/lists" -o "Dir::Cache=$here/apt"
    -o "Dir::State::status=$here/status" -o APT::Sandbox::User=root
)
apt-get "${apt_opts[@]}" update -qq >&2
(cd "$here/apt/archives" &&
    apt-get "${apt_opts[@]}" download espeak-ng libespeak-ng1 espeak-ng-data libpcaudio0 libsonic0 >&2)
for deb in "$here"/apt/archives/*.deb; do
    dpkg-deb -x "$deb" "$here/root"
done
lib="$here/root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
cat >"$wrapper" <<EOF
#!/bin/sh
# Debian 13's espeak-ng, unpacked by tools/espeak-ng.sh.
export ESPEAK_DATA_PATH="$lib"
LD_LIBRARY_PATH="$lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$here/root/usr/bin/espeak-ng" "\$@"
EOF
chmod +x "$wrapper"
version_ok "$wrapper" || {
    echo "espeak-ng from Debian 13 does not run here:" >&2
    "$wrapper" --version >&2 || true
    exit 1
}
echo "$here/bin"
