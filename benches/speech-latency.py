#!/usr/bin/env python3
"""Measures speech from the outside, as a visitor's keys reach it: the program runs in a
pseudo-terminal with a recording --speech-command, and each key's time of sending is
compared with the time the next utterance's command started and the time the previous
one got SIGTERM. Then the program's CPU time while idle with speech on, and its peak
memory with speech on and off after the same keys.

    cargo build --release
    benches/speech-latency.py [target/release/partner-cities] [KEYS]

Both command-side times are taken by `date` run from the command's shell, so each figure
includes starting `date` (about a millisecond): an upper bound. Python 3, no packages.
"""
import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAM = sys.argv[1] if len(sys.argv) > 1 else "target/release/partner-cities"
KEYS = int(sys.argv[2]) if len(sys.argv) > 2 else 40
DOWN, UP = b"\x1b[B", b"\x1b[A"


def now_ns():
    return time.time_ns()


def drain(fd, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def start(args, env=None):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env or {})
        os.environ["TERM"] = "xterm-256color"
        os.execv(args[0], args)
    drain(fd, 1.0)
    return pid, fd


def status(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def quit(pid, fd):
    os.kill(pid, signal.SIGTERM)
    drain(fd, 0.5)
    os.waitpid(pid, 0)


def main():
    base = ["--lang", "en", "--today", "2026-11-23"]
    with tempfile.TemporaryDirectory() as tmp:
        starts = os.path.join(tmp, "starts")
        terms = os.path.join(tmp, "terms")
        # Each utterance part: the start time and the utterance, then a long wait that
        # SIGTERM ends (recording when it came).
        command = (
            f"trap 'date +%s%N >>{terms}; exit 0' TERM; "
            f"t=$(date +%s%N); read -r line; echo \"$t $line\" >>{starts}; "
            "sleep 30 & wait"
        )
        pid, fd = start([PROGRAM, *base, "--speech", "--speech-command", command])
        drain(fd, 1.0)
        sent = []
        for i in range(KEYS):
            # Down and Up in turn: each key selects another town, so each says something new.
            key = DOWN if i % 2 == 0 else UP
            sent.append(now_ns())
            os.write(fd, key)
            drain(fd, 0.3)
        drain(fd, 1.0)
        with open(starts) as f:
            started = [int(line.split()[0]) for line in f]
        with open(terms) as f:
            termed = [int(line) for line in f]
        # The first utterance is the welcome (several parts, one after another, the first
        # still speaking): the keys' utterances are the last KEYS starts.
        key_starts = started[-KEYS:]
        to_start = [(s - k) / 1e6 for s, k in zip(key_starts, sent)]
        # Every key ends the command speaking: the last KEYS SIGTERMs.
        key_terms = termed[-KEYS:]
        to_term = [(t - k) / 1e6 for t, k in zip(key_terms, sent)]
        for name, values in [("key -> command started", to_start), ("key -> SIGTERM", to_term)]:
            print(f"{name:24} min {min(values):6.2f}  median {statistics.median(values):6.2f}"
                  f"  max {max(values):6.2f} ms  ({len(values)} keys)")
        # Idle with speech on: the last command still waits; the program should sleep.
        before = ticks(pid)
        time.sleep(10)
        print(f"idle CPU, speech on       {ticks(pid) - before} ticks in 10 s")
        hwm_on = status(pid, "VmHWM")
        quit(pid, fd)

        pid, fd = start([PROGRAM, *base])
        for i in range(KEYS):
            os.write(fd, DOWN if i % 2 == 0 else UP)
            drain(fd, 0.3)
        drain(fd, 1.0)
        hwm_off = status(pid, "VmHWM")
        quit(pid, fd)
        print(f"peak memory (VmHWM)       speech on {hwm_on} kB, off {hwm_off} kB,"
              f" difference {hwm_on - hwm_off} kB")


if __name__ == "__main__":
    main()
