#!/bin/sh
# Installs the partner-cities kiosk on tty1 of this machine (run as root, from the
# repository, after `cargo build --release`). Safe to run again to update the program.
set -eu
cd "$(dirname "$0")/.."

binary=${1:-target/release/partner-cities}
[ -x "$binary" ] || { echo "build first: cargo build --release" >&2; exit 1; }

# Refuse a binary whose embedded data does not validate (it cannot, but be sure).
"$binary" check >/dev/null

install -m 0755 "$binary" /usr/local/bin/partner-cities
install -m 0755 deploy/partner-cities-kiosk /usr/local/bin/partner-cities-kiosk
if ! id kiosk >/dev/null 2>&1; then
    useradd --system --create-home --shell /usr/local/bin/partner-cities-kiosk kiosk
fi
# No "last login" or message of the day flashing up before the kiosk starts.
home=$(getent passwd kiosk | cut -d: -f6)
touch "$home/.hushlogin"
install -D -m 0644 deploy/getty@tty1.service.d/kiosk.conf \
    /etc/systemd/system/getty@tty1.service.d/kiosk.conf

systemctl daemon-reload
systemctl restart getty@tty1.service
echo "kiosk installed on tty1"
