#!/usr/bin/env bash
# A fuzzing campaign: ./run.sh TARGET SECONDS [JOBS]. Needs a nightly toolchain and
# cargo-fuzz (cargo install cargo-fuzz). New inputs go to corpus/TARGET (not committed);
# data_file also starts from every data file in the repository. A crash, a leak of a
# refused character (a panic), an allocation over 1 GiB or a process over 2 GiB stops the
# run and leaves the input in artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: data_file, structured or input}
seconds=${2:-3600}
jobs=${3:-1}
mkdir -p "corpus/$target"
seeds=()
[ "$target" = data_file ] && seeds=(../data ../tests/data/good ../tests/data/bad)
# structured builds a data set from whatever bytes it gets: long inputs from the start
# (libFuzzer otherwise grows the length limit slowly; a first campaign at 12 runs a second
# never got past 17 bytes).
extra=()
[ "$target" = structured ] && extra=(-len_control=0 -max_len=4096)
# input: sequences of reads and pauses need more than a few bytes from the start too.
[ "$target" = input ] && extra=(-len_control=0 -max_len=1024)
exec cargo +nightly fuzz run "$target" "corpus/$target" "${seeds[@]}" -- \
    -max_len=131072 "${extra[@]}" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
    -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" -print_final_stats=1
