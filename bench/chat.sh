# bench/chat.sh: the live chat scenario of `make bench` (g), sourced by
# bench/run.sh, whose helpers (start_server, stop_server, median, ratio,
# verdict, row) and knobs (runs, seconds, work, build, here, meldpunt) it uses.
# ws_load (bench/ws_load.cpp) opens BENCH_CHAT_CONNECTIONS WebSocket
# connections, holds them, and runs BENCH_CHAT_PAIRS closed loops of ~100-byte
# messages on some of them, timing each round trip; it also reads the server's
# VmRSS before and after opening them, for the memory per connection.
#   real:     `meldpunt serve` with the chat always open; every connection is a
#             visitor on /chat/ws who starts a conversation and waits in the
#             queue; one intake member of staff (/staff/chat/ws, Bearer token from
#             POST /api/v1/staff/login) takes the pairs' conversations and
#             answers every message: a round trip is visitor -> staff -> visitor.
#   baseline: bare_ws_echo_server; a round trip is one echo.
# Every run starts a fresh server (memory a server freed is not given back, so
# a reused one would show too little per connection); real and baseline
# alternate, the medians of BENCH_RUNS runs are reported.
# Knobs: BENCH_CHAT (1; 0 skips), BENCH_CHAT_CONNECTIONS (10000), BENCH_CHAT_PAIRS (50),
# BENCH_CHAT_SECONDS (BENCH_SECONDS), BENCH_CHAT_WARMUP_SECONDS (2).
# shellcheck shell=bash disable=SC2154  # the variables above come from run.sh

chat_enabled="${BENCH_CHAT:-1}"
chat_connections="${BENCH_CHAT_CONNECTIONS:-10000}"
chat_pairs="${BENCH_CHAT_PAIRS:-50}"
chat_seconds="${BENCH_CHAT_SECONDS:-$seconds}"
chat_warmup="${BENCH_CHAT_WARMUP_SECONDS:-2}"
chat_aim=10000  # connections held, from the issue
ws_load="$build/bench/ws_load"
bare_ws_echo="$build/bench/bare_ws_echo_server"
chat_password="bench password for the chat scenario"
chat_skipped=""      # why the whole scenario did not run
chat_real_skipped="" # why only the real side did not run
chat_notes=()

# The value of KEY in ws_load's "result key=value ..." line in FILE.
chat_field() {
  awk -v key="$2" '$1 == "result" { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) print kv[2] } }' "$1"
}

# Adds the intake accounts (one per run: a TOTP code works once, and every run
# signs in to a fresh server) to a new data folder.
chat_prepare_real() {
  local data="$1" run secret
  command -v node >/dev/null || { chat_real_skipped="node is missing (make test-deps installs it)"; return 0; }
  local help
  help="$("$meldpunt" serve --help 2>/dev/null || true)"
  if ! grep -q -- '--chat-always-open' <<<"$help"; then
    chat_real_skipped="meldpunt serve has no --chat-always-open (no chat server in this build)"
    return 0
  fi
  # The per-connection frame budget (a person sends a few frames a second)
  # would stall the closed loop: lifted when the server offers a switch for it.
  chat_lift_frames=()
  if grep -q -- '--chat-frames-per-second' <<<"$help"; then chat_lift_frames=(--chat-frames-per-second 0); fi
  # A pair's closed loop sends thousands of messages in one conversation; a
  # person's chat holds 256 KiB at most, which would end the pair early.
  if grep -q -- '--chat-conversation-kib' <<<"$help"; then chat_lift_frames+=(--chat-conversation-kib 65536); fi
  for run in $(seq "$runs"); do
    secret="$(printf '%s\n' "$chat_password" | "$meldpunt" user add --data "$data" --username "bench-intake-$run" \
      --role intake --password-stdin 2>>"$work/chat-user-add.err" | awk '/^totp-secret: / { print $2 }')" || true
    if [[ -z "$secret" ]]; then
      cat "$work/chat-user-add.err" >&2
      chat_real_skipped="meldpunt user add did not print a totp-secret"
      return 0
    fi
    chat_secrets+=("$secret")
  done
}

# Signs in as bench-intake-RUN at URL; prints the token (nothing on failure).
chat_sign_in() {
  local url="$1" run="$2" code
  code="$(node --input-type=module -e \
    'const { totp } = await import(process.argv[1]); console.log(totp(process.argv[2]));' \
    "$here/../tests/support/staff.mjs" "${chat_secrets[$((run - 1))]}")"
  curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-intake-$run\",\"password\":\"$chat_password\",\"totp\":\"$code\"}" \
    "$url/api/v1/staff/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# chat_run SIDE RUN: one run against a fresh server; its result line lands in
# $work/chat.RUN.SIDE. Returns 1 when that side cannot be measured at all.
chat_run() {
  local side="$1" run="$2" file="$work/chat.$2.$1" pid url token status=0
  local -a load=("$ws_load" --connections "$chat_connections" --pairs "$chat_pairs" --seconds "$chat_seconds"
    --warmup "$chat_warmup")
  if [[ "$side" == bare ]]; then
    start_server "chat_bare_$run" "$bare_ws_echo"
    pid=$server_pid url=$server_url
    "${load[@]}" --mode echo --url "ws://${url#http://}/" --server-pid "$pid" >"$file" 2>"$file.err" || status=$?
  else
    start_server "chat_real_$run" "$meldpunt" serve --data "$work/chat-data" --chat-always-open \
      --chat-limit-per-staff 1000 --chat-starts-per-minute 0 --connections-per-address 20000 "${chat_lift_frames[@]}"
    pid=$server_pid url=$server_url
    token="$(chat_sign_in "$url" "$run")" || true
    if [[ -z "$token" ]]; then
      stop_server "$pid"
      echo "  run $run real: sign-in with POST /api/v1/staff/login failed"
      return 1
    fi
    "${load[@]}" --mode chat --url "ws://${url#http://}" --staff-token "$token" --server-pid "$pid" \
      >"$file" 2>"$file.err" || status=$?
  fi
  stop_server "$pid"
  if (( status != 0 )); then
    echo "  run $run $side: ws_load exited with $status:"
    grep '^ws_load: [0-9]* x \|closed\|cannot' "$file.err" | sed 's/^/    /' | head -8 || true
  fi
  [[ -n "$(chat_field "$file" held)" ]] || return 1
  local p50="-" p99="-" limited
  if [[ "$(chat_field "$file" messages)" != 0 ]]; then
    p50="$(chat_field "$file" rtt_p50_ms)" p99="$(chat_field "$file" rtt_p99_ms)"
  fi
  printf '  run %d %-4s %6s held %5s failed %5s dropped  %8s msg/s  p50 %7s ms  p99 %7s ms  %6s B/conn\n' \
    "$run" "$side" "$(chat_field "$file" held)" "$(chat_field "$file" failed)" "$(chat_field "$file" dropped)" \
    "$(chat_field "$file" msg_per_s)" "$p50" "$p99" "$(chat_field "$file" bytes_per_connection)"
  limited="$(chat_field "$file" rate_limited)"
  if [[ -n "$limited" && "$limited" != 0 ]]; then
    echo "    WARNING: the server refused $limited frames as rate_limited; a refused message is never answered,"
    echo "    so its pair stops: the round trips above are not the relay's capacity"
  fi
  (( status == 0 )) || return 1
  return 0
}

# chat_medians SIDE: sets chat_SIDE_KEY to the median of KEY over that side's
# runs ("-" if none); latencies only from runs that timed a round trip.
chat_medians() {
  local side="$1" key values file
  for key in held failed dropped msg_per_s rtt_p50_ms rtt_p99_ms bytes_per_connection rss_held_kb rate_limited; do
    values=()
    for file in "$work"/chat.*."$side"; do
      [[ -f "$file" && -n "$(chat_field "$file" held)" ]] || continue
      if [[ "$key" == rtt_* && "$(chat_field "$file" messages)" == 0 ]]; then continue; fi
      values+=("$(chat_field "$file" "$key")")
    done
    if (( ${#values[@]} > 0 )); then printf -v "chat_${side}_${key}" '%s' "$(median "${values[@]}")"
    else printf -v "chat_${side}_${key}" '%s' "-"; fi
  done
  # The aim is about every run, so the fewest held counts, not the median.
  values=()
  local held
  for file in "$work"/chat.*."$side"; do
    [[ -f "$file" ]] || continue
    held="$(chat_field "$file" held)"
    values+=("${held:-0}")  # a run without a result held nothing
  done
  printf -v "chat_${side}_held_min" '%s' "$( (( ${#values[@]} > 0 )) && printf '%s\n' "${values[@]}" | sort -g | head -1)"
}

run_chat_scenarios() {
  chat_secrets=()
  chat_lift_frames=()
  if [[ "$chat_enabled" == 0 ]]; then
    chat_skipped="BENCH_CHAT=0"
    return 0
  fi
  # Both the server and ws_load hold one descriptor per connection.
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  if (( $(ulimit -n) < chat_connections + 100 )); then
    chat_notes+=("WARNING: only $(ulimit -n) open files allowed (ulimit -Hn); connections beyond that fail.")
  fi
  echo "g) chat: $chat_connections WebSocket connections held, $chat_pairs of them messaging in a closed loop"
  echo "   (~100-byte frames, the next after the answer) for $chat_seconds s after $chat_warmup s; ws_load"
  echo "   --threads 2; a fresh server per run. Real: visitors on /chat/ws waiting in the queue, one intake"
  echo "   member of staff answering the pairs (round trip visitor -> staff -> visitor, two passes through"
  echo "   the server). Baseline: bare_ws_echo_server (one echo per round trip)."
  mkdir -p "$work/chat-data"
  chat_prepare_real "$work/chat-data"
  if [[ -n "$chat_real_skipped" ]]; then echo "  real side SKIPPED: $chat_real_skipped"; fi

  local run side order bare_ok=0 real_ok=0
  for run in $(seq "$runs"); do
    order="real bare"
    (( run % 2 == 0 )) && order="bare real"
    for side in $order; do
      if [[ "$side" == real && -n "$chat_real_skipped" ]]; then continue; fi
      if chat_run "$side" "$run"; then
        if [[ "$side" == bare ]]; then bare_ok=$((bare_ok + 1)); else real_ok=$((real_ok + 1)); fi
      elif [[ "$side" == real && -f "$work/chat.$run.real.err" ]] && grep -q 'the chat is closed' "$work/chat.$run.real.err"; then
        chat_real_skipped="the chat answered \"closed\" (is --chat-always-open in effect?)"
        echo "  real side SKIPPED: $chat_real_skipped"
      fi
    done
  done
  (( bare_ok == runs )) || chat_notes+=("Chat baseline: only $bare_ok of $runs runs completed; see above.")
  if [[ -z "$chat_real_skipped" ]] && (( real_ok < runs )); then
    chat_notes+=("Chat real server: only $real_ok of $runs runs completed without a problem; see above.")
  fi
  chat_medians bare
  chat_medians real
  if [[ -z "$chat_real_skipped" && "$chat_real_rate_limited" != 0 && "$chat_real_rate_limited" != - ]]; then
    chat_notes+=("WARNING: the real server refused frames as rate_limited (median $chat_real_rate_limited per run):"
      "its per-connection frame budget stalls the closed loop, so its round trips are not the relay's capacity.")
  fi
  echo
}

chat_kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }

# Its argument, or "-" when the real side did not run.
chat_real_or_dash() { if [[ -n "$chat_real_skipped" ]]; then echo "-"; else echo "$1"; fi; }

# Rows for run.sh's results table (its `row` helper and columns).
print_chat_rows() {
  if [[ -n "$chat_skipped" ]]; then
    row "chat" "skipped" "" "" "$chat_skipped"
    return 0
  fi
  local real_held="${chat_real_held:--}" held_ok="-" kb_real="-" kb_bare="-"
  if [[ -z "$chat_real_skipped" && "$chat_real_held_min" =~ ^[0-9]+$ ]]; then
    held_ok="$(verdict "$(awk -v h="$chat_real_held_min" -v n="$chat_connections" -v a="$chat_aim" \
      'BEGIN { print (h >= a && h >= n) }')")"
    if (( chat_connections < chat_aim )); then held_ok="n/a: fewer asked"; fi
  else
    real_held="-"
  fi
  if [[ "$chat_real_bytes_per_connection" =~ ^[0-9.]+$ ]]; then kb_real="$(chat_kb "$chat_real_bytes_per_connection")"; fi
  if [[ "$chat_bare_bytes_per_connection" =~ ^[0-9.]+$ ]]; then kb_bare="$(chat_kb "$chat_bare_bytes_per_connection")"; fi
  row "chat held, of $chat_connections" "$real_held" "$chat_bare_held" "" ">= $chat_aim every run: $held_ok"
  row "chat failed+dropped" "$(chat_real_or_dash "$chat_real_failed+$chat_real_dropped")" \
    "$chat_bare_failed+$chat_bare_dropped" "" ""
  row "chat round trips/s" "$(chat_real_or_dash "$chat_real_msg_per_s")" "$chat_bare_msg_per_s" \
    "$(chat_real_or_dash "$(ratio "$chat_real_msg_per_s" "$chat_bare_msg_per_s")")" \
    "$chat_pairs pairs, closed loop"
  row "chat round trip p50 ms" "$(chat_real_or_dash "$chat_real_rtt_p50_ms")" "$chat_bare_rtt_p50_ms" "" ""
  row "chat round trip p99 ms" "$(chat_real_or_dash "$chat_real_rtt_p99_ms")" "$chat_bare_rtt_p99_ms" "" ""
  row "chat KB per connection" "$(chat_real_or_dash "$kb_real")" "$kb_bare" \
    "$(chat_real_or_dash "$(ratio "$chat_real_bytes_per_connection" "$chat_bare_bytes_per_connection")")" \
    "VmRSS growth / connections"
}

# Lines under the results table.
print_chat_notes() {
  if [[ -n "$chat_skipped" ]]; then return 0; fi
  if [[ -n "$chat_real_skipped" ]]; then
    echo "Chat real server: not measured: $chat_real_skipped."
  else
    echo "Chat: baseline = bare_ws_echo_server; a real round trip passes the server twice (visitor -> staff ->"
    echo "visitor), the baseline's once. The real server ran with --chat-always-open --chat-limit-per-staff 1000"
    echo "--chat-starts-per-minute 0 --connections-per-address 20000${chat_lift_frames[*]:+ ${chat_lift_frames[*]}}"
    echo "(limits LIFTED; production keeps them)."
  fi
  local line
  for line in "${chat_notes[@]}"; do echo "$line"; done
}
