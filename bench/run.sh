#!/usr/bin/env bash
# bench/run.sh BUILD_DIR: the HTTP load benchmark behind `make bench`.
# Compares the real server (BUILD_DIR/src/meldpunt) with two bare Beast servers
# built from bench/ (the least this machine can do for a durable insert and for a
# page), with wrk on loopback, and measures the real server's peak memory after
# 100,000 reports; then the staff pages with 1,000,000 demo signals in the store
# (bench/staff.sh); then the live chat: 10,000 WebSocket connections held and
# message round trips, against a bare WebSocket echo server (bench/chat.sh).
# Prints a table with PASS/MISS per aim, and one of the staff
# figures, and exits 0 either way: a benchmark informs, it does not gate.
# Runs in 3 to 5 minutes, plus about 5 for the staff part and 2 for the chat.
# Knobs (environment): BENCH_RUNS (3), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3),
# BENCH_REPORTS (100000), BENCH_FILL_SECONDS (150, the bound on posting the reports),
# BENCH_STAFF_SIGNALS (1000000; 0 skips the staff part), BENCH_STAFF_SEED (1),
# BENCH_CHAT (1; 0 skips the chat), BENCH_CHAT_CONNECTIONS (10000), BENCH_CHAT_PAIRS (50),
# BENCH_CHAT_SECONDS (BENCH_SECONDS), BENCH_CHAT_WARMUP_SECONDS (2).
set -euo pipefail

build="${1:-build}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${BENCH_RUNS:-3}"
seconds="${BENCH_SECONDS:-10}"
warmup="${BENCH_WARMUP_SECONDS:-3}"
reports="${BENCH_REPORTS:-100000}"
fill_seconds="${BENCH_FILL_SECONDS:-150}"

meldpunt="$build/src/meldpunt"
bare_page="$build/bench/bare_page_server"
bare_insert="$build/bench/bare_insert_server"
post_script="$here/post_signal.lua"
# shellcheck source=bench/staff.sh
source "$here/staff.sh"
# shellcheck source=bench/chat.sh
source "$here/chat.sh"
# shellcheck source=bench/figures.sh
source "$here/figures.sh"

for program in "$meldpunt" "$bare_page" "$bare_insert" "$bare_ws_echo" "$ws_load"; do
  [[ -x "$program" ]] || { echo "run.sh: $program is missing; build first (make build BUILD=$build)" >&2; exit 2; }
done
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (make test-deps installs it)" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/meldpunt-bench.XXXXXX")"
server_pids=()
load_pid=""  # the background wrk of scenario c, while it runs

# Stops one server we started: SIGTERM, a grace period to drain, then SIGKILL.
# It leaves the list first, so that cleanup never signals a reused process id.
stop_server() {
  local pid="$1" kept=() other
  for other in "${server_pids[@]}"; do [[ "$other" == "$pid" ]] || kept+=("$other"); done
  server_pids=("${kept[@]}")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [[ -n "$load_pid" ]]; then kill -INT "$load_pid" 2>/dev/null || true; fi
  while (( ${#server_pids[@]} > 0 )); do stop_server "${server_pids[0]}"; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server NAME PROGRAM ARGS...: starts it on a free loopback port (port 0)
# and sets server_pid and server_url from its "listening on" line.
start_server() {
  local name="$1"
  shift
  # Made here, not only by the background redirection, which may come after the first awk.
  : >"$work/$name.out"
  "$@" --listen 127.0.0.1:0 >"$work/$name.out" 2>"$work/$name.err" &
  server_pid=$!
  server_pids+=("$server_pid")
  server_url=""
  for _ in $(seq 100); do
    server_url="$(awk '/^listening on /{print $3; exit}' "$work/$name.out")"
    [[ -n "$server_url" ]] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "run.sh: $name did not start:" >&2
  cat "$work/$name.err" >&2
  exit 1
}

# Latency as wrk prints it (850.00us, 1.23ms, 2.00s, 1.00m) to milliseconds.
to_ms() {
  awk -v value="$1" 'BEGIN {
    number = value + 0; unit = value; sub(/^[0-9.]+/, "", unit)
    if (unit == "us") number /= 1000; else if (unit == "s") number *= 1000; else if (unit == "m") number *= 60000
    printf "%.2f", number }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ value[NR] = $1 } END { print value[int((NR + 1) / 2)] }'; }

# run_wrk FILE ARGS...: one wrk run; sets rps, p50, p99 (ms) and problems.
run_wrk() {
  local file="$1"
  shift
  wrk --latency "$@" >"$file" 2>&1 || true
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$file")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")"
  problems="$(awk '/Non-2xx or 3xx responses:/ { print "non-2xx: " $NF } /Socket errors:/ { print }' "$file" | paste -sd ';' -)"
  if [[ -z "$rps" ]]; then
    echo "run.sh: wrk failed:" >&2
    cat "$file" >&2
    exit 1
  fi
}

# compare NAME REAL_URL BARE_URL WRK_ARGS...: warms both up, then alternates
# runs of the real server and the baseline so that noise on this shared machine
# falls on both; sets real_rps/p50/p99 and bare_rps/p50/p99 to the medians.
compare() {
  local name="$1" real_url="$2" bare_url="$3"
  shift 3
  local -a real_rps_runs=() real_p50_runs=() real_p99_runs=() bare_rps_runs=() bare_p50_runs=() bare_p99_runs=()
  echo "  warming up both servers (${warmup} s each)"
  run_wrk "$work/$name.warmup.real" -d "${warmup}s" "$@" "$real_url"
  run_wrk "$work/$name.warmup.bare" -d "${warmup}s" "$@" "$bare_url"
  local run side
  for run in $(seq "$runs"); do
    # Alternate which goes first, so neither always runs right after the other.
    local order="real bare"
    (( run % 2 == 0 )) && order="bare real"
    for side in $order; do
      if [[ "$side" == real ]]; then
        run_wrk "$work/$name.$run.real" -d "${seconds}s" "$@" "$real_url"
        real_rps_runs+=("$rps"); real_p50_runs+=("$p50"); real_p99_runs+=("$p99")
      else
        run_wrk "$work/$name.$run.bare" -d "${seconds}s" "$@" "$bare_url"
        bare_rps_runs+=("$rps"); bare_p50_runs+=("$p50"); bare_p99_runs+=("$p99")
      fi
      printf '  run %d %-8s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms%s\n' "$run" "$side" "$rps" "$p50" "$p99" \
        "${problems:+   WARNING ($problems): errors are fast, so this run is not comparable}"
    done
  done
  real_rps="$(median "${real_rps_runs[@]}")"; real_p50="$(median "${real_p50_runs[@]}")"; real_p99="$(median "${real_p99_runs[@]}")"
  bare_rps="$(median "${bare_rps_runs[@]}")"; bare_p50="$(median "${bare_p50_runs[@]}")"; bare_p99="$(median "${bare_p99_runs[@]}")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "PASS" : "MISS") }'; }

started=$SECONDS
echo "Meldpunt HTTP benchmark ($(nproc) cores; wrk on the same machine; median of $runs runs of $seconds s)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on this machine skews every number)"
echo "Note: the real server runs with --submissions-per-minute 0, which LIFTS its per-address rate limit on"
echo "      submissions (every wrk connection comes from 127.0.0.1). Production keeps the limit on."
echo

mkdir -p "$work/real-data" "$work/bare-data" "$work/fill-data"
start_server real "$meldpunt" serve --data "$work/real-data" --submissions-per-minute 0
real_pid=$server_pid real_url=$server_url
start_server bare_insert "$bare_insert" --data "$work/bare-data"
bare_insert_url=$server_url
page_bytes="$(curl -sf "$real_url/" | wc -c)"
start_server bare_page "$bare_page" --page-bytes "$page_bytes"
bare_page_url=$server_url

# One short run against each first: a benchmark of error answers would measure nothing.
check_post() {
  run_wrk "$work/check.$1" -t1 -c1 -d1s -s "$post_script" "$2"
  if [[ -n "$problems" ]]; then
    echo "run.sh: POST to $2 does not answer 201 ($problems); fix the request in bench/post_signal.lua" >&2
    exit 1
  fi
}
check_post real "$real_url/api/v1/signals"
check_post bare "$bare_insert_url/"

echo "a) submissions: POST /api/v1/signals (real, JSON report) vs POST to bare_insert_server"
echo "   (1 KiB row, WAL, synchronous=FULL, group commit); wrk -t2 -c64"
compare submit "$real_url/api/v1/signals" "$bare_insert_url/" -t2 -c64 -s "$post_script"
submit_real_rps=$real_rps submit_real_p50=$real_p50 submit_real_p99=$real_p99
submit_bare_rps=$bare_rps submit_bare_p50=$bare_p50 submit_bare_p99=$bare_p99
echo

echo "b) pages: GET / (real home page, $page_bytes bytes) vs bare_page_server (fixed page of the same size); wrk -t2 -c32"
compare page "$real_url/" "$bare_page_url/" -t2 -c32
page_real_rps=$real_rps page_real_p50=$real_p50 page_real_p99=$real_p99
page_bare_rps=$bare_rps page_bare_p50=$bare_p50 page_bare_p99=$bare_p99
echo

stop_server "$real_pid"
echo "c) memory: $reports reports posted to a fresh real server (wrk -t2 -c64, at most $fill_seconds s), then VmHWM"
start_server fill "$meldpunt" serve --data "$work/fill-data" --submissions-per-minute 0
fill_pid=$server_pid fill_url=$server_url
fill_db="$work/fill-data/meldpunt.db"
# Each wrk thread stops after its share of 201 answers; the loop below ends wrk
# (SIGINT, which wrk handles) once the store holds them, or at the time bound.
WRK_STOP_AFTER=$(( (reports + 1) / 2 )) wrk -t2 -c64 -d "${fill_seconds}s" -s "$post_script" "$fill_url/api/v1/signals" \
  >"$work/fill.wrk" 2>&1 &
fill_wrk=$!
load_pid=$fill_wrk
fill_started=$SECONDS
stored=0
while kill -0 "$fill_wrk" 2>/dev/null; do
  sleep 1
  stored="$(sqlite3 -readonly "$fill_db" 'select coalesce(max(id), 0) from signals' 2>/dev/null || echo "$stored")"
  (( stored >= reports )) && break
done
sleep 1  # let the answers in flight land
kill -INT "$fill_wrk" 2>/dev/null || true
wait "$fill_wrk" 2>/dev/null || true
load_pid=""
fill_seconds_used=$(( SECONDS - fill_started ))
peak_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$fill_pid/status")"
now_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$fill_pid/status")"
stop_server "$fill_pid"
stored="$(sqlite3 -readonly "$fill_db" 'select count(*) from signals')"
peak_mb="$(awk -v kb="$peak_kb" 'BEGIN { printf "%.1f", kb / 1024 }')"
now_mb="$(awk -v kb="$now_kb" 'BEGIN { printf "%.1f", kb / 1024 }')"
echo "  stored (select count(*) from signals): $stored in about $fill_seconds_used s; VmHWM $peak_mb MB, VmRSS at the end $now_mb MB"
(( stored >= reports )) || echo "  WARNING: only $stored of $reports reports were stored within $fill_seconds s"
echo

run_staff_scenarios
run_chat_scenarios

submit_ratio="$(ratio "$submit_real_rps" "$submit_bare_rps")"
page_ratio="$(ratio "$page_real_rps" "$page_bare_rps")"
submit_rps_ok="$(verdict "$(awk -v a="$submit_real_rps" -v b="$submit_bare_rps" 'BEGIN { print (a >= 0.6 * b) }')")"
submit_p99_ok="$(verdict "$(awk -v a="$submit_real_p99" 'BEGIN { print (a < 15) }')")"
page_rps_ok="$(verdict "$(awk -v a="$page_real_rps" -v b="$page_bare_rps" 'BEGIN { print (a >= 0.8 * b) }')")"
rss_ok="$(verdict "$(awk -v a="$peak_kb" -v s="$stored" -v r="$reports" 'BEGIN { print (a < 64 * 1024 && s >= r) }')")"

row() { printf '%-24s | %12s | %12s | %6s | %-26s\n' "$@"; }
echo "Results (medians; MB = 1024 kB)"
row "scenario" "real" "baseline" "ratio" "aim"
row "------------------------" "------------" "------------" "------" "--------------------------"
row "submit req/s" "$(printf '%.0f' "$submit_real_rps")" "$(printf '%.0f' "$submit_bare_rps")" "$submit_ratio" \
  ">= 60% of baseline: $submit_rps_ok"
row "submit p50 ms" "$submit_real_p50" "$submit_bare_p50" "" ""
row "submit p99 ms" "$submit_real_p99" "$submit_bare_p99" "" "< 15 ms: $submit_p99_ok"
row "page GET / req/s" "$(printf '%.0f' "$page_real_rps")" "$(printf '%.0f' "$page_bare_rps")" "$page_ratio" \
  ">= 80% of baseline: $page_rps_ok"
row "page p50 ms" "$page_real_p50" "$page_bare_p50" "" ""
row "page p99 ms" "$page_real_p99" "$page_bare_p99" "" ""
row "peak RSS, $stored reports" "$peak_mb MB" "-" "" "< 64 MB: $rss_ok"
print_chat_rows
print_chat_notes
print_staff_table
print_figures_table
echo
echo "Submissions ran with the per-address rate limit lifted (--submissions-per-minute 0)."
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Took $(( SECONDS - started )) s. PASS/MISS is information; this script exits 0 either way."
exit 0
