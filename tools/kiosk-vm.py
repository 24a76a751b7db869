#!/usr/bin/env python3
"""Drives the kiosk virtual machine of tools/kiosk-vm.sh through QEMU's QMP socket, as a
visitor at the screen would: look (a PNG of the screen), press keys, tap the touch screen.
And, as the staff would, run a command on its console (root on the serial line).

    tools/kiosk-vm.py DIR shot FILE.png         # QEMU's view of the screen
    tools/kiosk-vm.py DIR grim FILE.png         # the compositor's, taken by grim inside
    tools/kiosk-vm.py DIR keys KEY...           # QEMU key names: l, down, ret, shift-l
    tools/kiosk-vm.py DIR tap X Y               # fractions of the screen, 0 to 1
    tools/kiosk-vm.py DIR run 'COMMAND' [SECS]  # on the VM's serial console: its output
                                                # and exit status (waits up to SECS, 60)
    tools/kiosk-vm.py DIR wait-text TEXT [SECS] # on the serial console, e.g. a login prompt

Python 3, no packages.
"""
import base64
import json
import random
import re
import socket
import sys
import time

# QEMU's absolute input range.
ABS_MAX = 0x7FFF


class Qmp:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.file = self.sock.makefile("rw")
        self.read()  # greeting
        self.call("qmp_capabilities")

    def read(self):
        while True:
            message = json.loads(self.file.readline())
            if "event" not in message:
                return message

    def call(self, command, **arguments):
        self.file.write(json.dumps({"execute": command, "arguments": arguments}) + "\n")
        self.file.flush()
        reply = self.read()
        if "error" in reply:
            sys.exit(f"{command}: {reply['error']}")
        return reply.get("return")


def touch(qmp, kind, x, y):
    """One touch of finger 0 as QEMU's own touch front ends send it: the slot and tracking
    id, the position, and BTN_TOUCH (down on "begin", up on "end")."""
    def mtt(kind_, axis="x", value=0):
        return {"type": "mtt", "data": {"type": kind_, "slot": 0,
                                        "tracking-id": -1 if kind_ == "end" else 1,
                                        "axis": axis, "value": value}}
    events = [mtt(kind)]
    events += [mtt("data", "x", round(x * ABS_MAX)), mtt("data", "y", round(y * ABS_MAX))]
    if kind in ("begin", "end"):
        events.append({"type": "btn", "data": {"down": kind == "begin", "button": "touch"}})
    qmp.call("input-send-event", events=events)


def serial(dir_, command, wait=2.0, until=None):
    """Sends COMMAND and reads the console for WAIT seconds, or until the text UNTIL."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(f"{dir_}/serial.sock")
    s.settimeout(0.5)
    s.sendall(command.encode() + b"\n")
    out = b""
    end = time.time() + wait
    while time.time() < end:
        try:
            chunk = s.recv(65536)
            if chunk:
                out += chunk
        except socket.timeout:
            pass
        if until and re.search(until, out.decode(errors="replace")):
            break
    s.close()
    return out.decode(errors="replace")


def run(dir_, command, wait):
    """COMMAND's output alone (not the echo, not the prompt) and its exit status; waits
    for its end up to WAIT seconds instead of a fixed time."""
    tag = f"KVM{random.randrange(10**6):06d}"
    out = serial(dir_, f"echo {tag}B; ( {command} ) 2>&1; echo {tag}E $?", wait,
                 until=tag + r"E \d+")
    out = out.replace("\r", "")
    m = re.search(tag + r"B\n(.*?)" + tag + r"E (\d+)", out, re.S)
    if not m:
        sys.exit(f"no end of {command!r} on the console within {wait} s")
    return m.group(1), int(m.group(2))


def main():
    dir_, what, *args = sys.argv[1:]
    if what == "grim":
        out = serial(dir_, "runuser -u partner-cities -- env XDG_RUNTIME_DIR=/run/partner-cities "
                     "WAYLAND_DISPLAY=wayland-0 grim /tmp/grim.png && "
                     "echo BEGIN; base64 -w0 /tmp/grim.png; echo; echo END", 8.0)
        body = out[out.rindex("BEGIN") + 5:out.rindex("END")].strip()
        with open(args[0], "wb") as f:
            f.write(base64.b64decode(body))
        return
    if what in ("run", "wait-text"):
        if what == "run":
            text, status = run(dir_, args[0], float(args[1]) if len(args) > 1 else 60.0)
            print(text, end="")
            sys.exit(status)
        else:
            deadline = time.time() + (float(args[1]) if len(args) > 1 else 120)
            while time.time() < deadline:
                if args[0] in serial(dir_, "", 2.0):
                    return
            sys.exit(f"no {args[0]!r} on the console")
        return
    qmp = Qmp(f"{dir_}/qmp.sock")
    if what == "shot":
        qmp.call("screendump", filename=args[0], format="png")
    elif what == "keys":
        for key in args:
            names = key.split("-")
            qmp.call("send-key", keys=[{"type": "qcode", "data": n} for n in names])
            time.sleep(0.3)
    elif what == "tap":
        x, y = float(args[0]), float(args[1])
        touch(qmp, "begin", x, y)
        time.sleep(0.1)
        touch(qmp, "end", x, y)
    else:
        sys.exit(f"unknown: {what}")


if __name__ == "__main__":
    main()
