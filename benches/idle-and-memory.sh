#!/usr/bin/env bash
# Idle CPU and peak memory of the release binary with the embedded data, in a real
# terminal (tmux, 200x60): browse every view and language, then sit idle and count the
# CPU ticks the process uses. Usage: cargo build --release && benches/idle-and-memory.sh [SECS]
set -euo pipefail
idle=${1:-60}
bin=$(cd "$(dirname "$0")/.." && pwd)/target/release/partner-cities
[ -x "$bin" ] || { echo "build it first: cargo build --release" >&2; exit 2; }
session=pc-idle-$$
tmux new-session -d -s "$session" -x 200 -y 60 "$bin --lang en"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
sleep 1
pid=$(pgrep -n -f "^$bin --lang en")
for key in Down Down 2 Down 3 + - L L L L L L ? Escape / k Escape 1; do
    tmux send-keys -t "$session" "$key"
    sleep 0.2
done
sleep 1
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep "$idle"
after=$(ticks)
hz=$(getconf CLK_TCK)
echo "idle for ${idle} s: $((after - before)) CPU ticks (1 tick = 1/${hz} s)"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status" | sed 's/^/peak and current memory: /'
