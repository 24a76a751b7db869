#!/usr/bin/env bash
# Builds a fresh Debian 13 (trixie) virtual machine, installs the package into it as an
# administrator would, turns the graphical kiosk on, and boots it under QEMU with a screen,
# a keyboard and a touch screen that the host drives through QMP. Not part of CI: it needs
# root, debootstrap, qemu-system-x86 (>= 8, for virtio-multitouch) and a few minutes.
#
#   sudo tools/kiosk-vm.sh build DIR      # DIR/root (the system), DIR/disk.img
#   sudo tools/kiosk-vm.sh boot DIR       # runs in the background; sockets in DIR
#   sudo KIOSK_VM_WAV=out.wav tools/kiosk-vm.sh boot DIR   # with a sound card, heard in out.wav
#   tools/kiosk-vm.py DIR ...             # screenshots, keys, taps (see there)
#
# The package comes from target/debian/*.deb, built as the README's "Install" says:
#   cargo deb
# Root on the VM's serial console (DIR/serial.sock) logs in without a password: this is a
# test machine.
set -euo pipefail
cd "$(dirname "$0")/.."

cmd=${1:?build or boot}
dir=${2:?a folder for the machine}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

case "$cmd" in
build)
    deb=$(ls -t target/debian/partner-cities_*.deb | head -1)
    root="$dir/root"
    # An interrupted build may leave debootstrap's /proc and /sys mounted there.
    findmnt -rno TARGET | { grep "^$root/" || true; } | sort -r | xargs -r umount -l
    rm -rf "$root" "$dir/disk.img"
    debootstrap --variant=minbase \
        --include=linux-image-amd64,systemd-sysv,udev,dbus,libpam-systemd,kmod,iproute2 \
        trixie "$root" http://deb.debian.org/debian
    cp "$deb" "$root/tmp/"
    # The package as an administrator installs it: apt resolves its recommendations (cage,
    # foot, fonts, kbd) from the Debian mirror.
    chroot "$root" apt-get update
    chroot "$root" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y "/tmp/$(basename "$deb")"
    # For looking from the inside: grim takes a picture of what the compositor shows
    # (QEMU's own screendump of the virtual GPU can lag a frame behind).
    chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends grim
    # The one command the README gives to turn the graphical kiosk on.
    chroot "$root" systemctl enable partner-cities-graphical.service
    # A test machine: root on the serial console without a password, a name, a root file
    # system.
    mkdir -p "$root/etc/systemd/system/serial-getty@ttyS0.service.d"
    cat >"$root/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --noclear --keep-baud 115200 %I vt220
EOF
    echo kiosk-vm >"$root/etc/hostname"
    echo "/dev/vda / ext4 defaults 0 1" >"$root/etc/fstab"
    chroot "$root" apt-get clean
    mke2fs -q -t ext4 -L root -d "$root" "$dir/disk.img" 4G
    echo "built $dir/disk.img from $(basename "$deb")"
    ;;
boot)
    root="$dir/root"
    kernel=$(ls "$root"/boot/vmlinuz-* | tail -1)
    initrd=$(ls "$root"/boot/initrd.img-* | tail -1)
    # KVM when it is there and works; KIOSK_VM_KVM=0 for QEMU's own emulation (slower:
    # about a minute to the kiosk), for hosts where nested KVM hangs.
    accel=(-cpu max)
    if [ -w /dev/kvm ] && [ "${KIOSK_VM_KVM:-1}" != 0 ]; then
        accel=(-enable-kvm -cpu host,-arch-capabilities)
    fi
    # KIOSK_VM_WAV=FILE: a sound card (Intel HD Audio) whose output QEMU writes to FILE,
    # to hear what the kiosk says.
    audio=()
    if [ -n "${KIOSK_VM_WAV:-}" ]; then
        audio=(-audiodev "wav,id=snd0,path=$KIOSK_VM_WAV" -device intel-hda
            -device hda-duplex,audiodev=snd0)
    fi
    rm -f "$dir/qmp.sock" "$dir/serial.sock"
    # The screen is the README's reference screen (full HD), for which the kiosk's font
    # sizes are set.
    qemu-system-x86_64 "${accel[@]}" -m 2048 -smp 2 "${audio[@]}" \
        -kernel "$kernel" -initrd "$initrd" \
        -append "root=/dev/vda rw console=ttyS0 quiet" \
        -drive "file=$dir/disk.img,format=raw,if=virtio" \
        -device virtio-vga,xres=1920,yres=1080 \
        -device virtio-keyboard-pci -device virtio-multitouch-pci \
        -display none \
        -serial "unix:$dir/serial.sock,server,nowait" \
        -qmp "unix:$dir/qmp.sock,server,nowait" \
        -daemonize -pidfile "$dir/qemu.pid"
    echo "booting; QMP at $dir/qmp.sock, console at $dir/serial.sock"
    # Some hosts' /dev/kvm is writable but cannot run this guest (measured: a PVM host,
    # "kvm-pvm: INTERNAL_ERROR" in its dmesg, the screen at "Booting from ROM..." for good).
    if [ "${accel[0]}" = -enable-kvm ]; then
        echo "with KVM; if the screen (kiosk-vm.py $dir shot) still says \"Booting from ROM\"" \
            "after a minute, kill $(cat "$dir/qemu.pid") and boot again with KIOSK_VM_KVM=0"
    fi
    ;;
*)
    echo "unknown command $cmd" >&2
    exit 2
    ;;
esac
