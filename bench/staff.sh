# bench/staff.sh: the staff scenarios of `make bench` (d, e, f, and the
# figures' h, i, j from bench/figures.sh), sourced by
# bench/run.sh, whose helpers (start_server, stop_server, compare, ratio) and
# knobs (runs, seconds, warmup, work, meldpunt, bare_page) it uses.
# It fills a temporary data folder once with `meldpunt demo-data`, adds one
# coordinator, signs in over the API (TOTP code from tests/support/staff.mjs,
# with node) and compares three staff answers, each with bare_page_server
# serving a fixed page of the same size. No aims: it reports figures only.
# Knobs: BENCH_STAFF_SIGNALS (1000000; 0 skips these scenarios),
# BENCH_STAFF_SEED (1).
# shellcheck shell=bash disable=SC2154  # the variables above come from run.sh

staff_signals="${BENCH_STAFF_SIGNALS:-1000000}"
staff_seed="${BENCH_STAFF_SEED:-1}"
staff_totp_module="$here/../tests/support/staff.mjs"
staff_skipped=""  # why the staff scenarios did not run, if they did not
staff_rows=()     # "name|real rps|p50|p99|bare rps|p50|p99|ratio", for the table
staff_notes=()    # lines printed under the table

staff_skip() {
  staff_skipped="$1"
  echo "  SKIPPED: $1"
}

# Bytes of one answer of the real server, or nothing if it is not a 200.
staff_bytes() {
  local url="$1" header="$2" answer
  answer="$(curl -s -o /dev/null -H "$header" -w '%{http_code} %{size_download}' "$url" || true)"
  [[ "$answer" == 200\ * ]] && echo "${answer#200 }"
  return 0
}

staff_audit_count() {
  sqlite3 -readonly "$staff_db" "select count(*) from audit_log where action = '$1'" 2>/dev/null || echo 0
}

# Requests the real server answered in every wrk run of scenario NAME.
staff_requests() {
  cat "$work/$1".*real | awk '/ requests in / { total += $1 } END { print total + 0 }'
}

# staff_scenario NAME LABEL AUDIT_ACTION PAGE_BYTES REAL_URL WRK_ARGS...: one
# comparison against a bare page of PAGE_BYTES, and a row for the table.
staff_scenario() {
  local name="$1" label="$2" action="$3" bytes="$4" url="$5"
  shift 5
  local audit_before audit_after requests per_request
  start_server "bare_$name" "$bare_page" --page-bytes "$bytes"
  local bare_pid=$server_pid bare_url=$server_url
  audit_before="$(staff_audit_count "$action")"
  compare "$name" "$url" "$bare_url/" "$@"
  stop_server "$bare_pid"
  audit_after="$(staff_audit_count "$action")"
  requests="$(staff_requests "$name")"
  per_request="$(awk -v a="$((audit_after - audit_before))" -v r="$requests" 'BEGIN { printf "%.2f", (r > 0 ? a / r : 0) }')"
  echo "  audit entries ($action) written: $((audit_after - audit_before)) for $requests answered requests ($per_request each)"
  if awk -v p="$per_request" 'BEGIN { exit !(p < 0.99) }'; then
    echo "  WARNING: fewer audit entries than requests: some answers were not the page (a redirect to sign-in?)"
    staff_notes+=("$label: fewer audit entries than requests; see above")
  fi
  staff_rows+=("$label|$real_rps|$real_p50|$real_p99|$bare_rps|$bare_p50|$bare_p99|$(ratio "$real_rps" "$bare_rps")")
}

run_staff_scenarios() {
  local data="$work/staff-data" password="bench password for the staff scenarios" secret code token
  staff_db="$data/meldpunt.db"
  if (( staff_signals == 0 )); then
    staff_skipped="BENCH_STAFF_SIGNALS=0"
    return 0
  fi
  command -v node >/dev/null || { staff_skip "node is missing (make test-deps installs it)"; return 0; }

  echo "d-f) staff side: generating $staff_signals demo signals (meldpunt demo-data --seed $staff_seed) in a"
  echo "     temporary data folder; its notes about a new folder and the recovery key concern that folder"
  local generate_started=$EPOCHREALTIME
  if ! "$meldpunt" demo-data --signals "$staff_signals" --seed "$staff_seed" --data "$data" >"$work/demo-data.out"; then
    staff_skip "meldpunt demo-data failed"
    return 0
  fi
  staff_generate_seconds="$(awk -v a="$generate_started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')"
  local highest stored store_mb
  highest="$(sqlite3 -readonly "$staff_db" 'select coalesce(max(id), 0) from signals')"
  stored="$(sqlite3 -readonly "$staff_db" 'select count(*) from signals')"
  store_mb="$(du -sm "$data" | cut -f1)"
  echo "  generated $stored signals (ids 1..$highest) in $staff_generate_seconds s; data folder $store_mb MB"
  staff_notes+=("Store: $stored demo signals, generated in $staff_generate_seconds s ($store_mb MB).")
  (( stored == highest )) || echo "  WARNING: the ids are not 1..$stored; random signal ids may miss"

  if ! secret="$(printf '%s\n' "$password" | "$meldpunt" user add --data "$data" --username bench-coordinator \
      --role coordinator --password-stdin --recovery-key "$data/keys/recovery.key" 2>"$work/user-add.err" \
      | awk '/^totp-secret: / { print $2 }')" || [[ -z "$secret" ]]; then
    cat "$work/user-add.err" >&2
    staff_skip "meldpunt user add did not print a totp-secret"
    return 0
  fi

  start_server staff "$meldpunt" serve --data "$data" --submissions-per-minute 0 --logins-per-minute 0
  local staff_pid=$server_pid staff_url=$server_url
  code="$(node --input-type=module -e \
    'const { totp } = await import(process.argv[1]); console.log(totp(process.argv[2]));' \
    "$staff_totp_module" "$secret")"
  token="$(curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-coordinator\",\"password\":\"$password\",\"totp\":\"$code\"}" \
    "$staff_url/api/v1/staff/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
  if [[ -z "$token" ]]; then
    stop_server "$staff_pid"
    staff_skip "sign-in with POST /api/v1/staff/login failed"
    return 0
  fi
  local cookie="Cookie: meldpunt_staff=$token" bearer="Authorization: Bearer $token"
  echo "  signed in as a coordinator; pages use the session cookie, the API the bearer token"
  echo

  local bytes
  bytes="$(staff_bytes "$staff_url/staff" "$cookie")"
  echo "d) queue page: GET /staff (${bytes:-?} bytes: first 50 open signals, soonest deadline first, and the"
  echo "   coordinator's overdue count) vs bare_page_server (same size); wrk -t2 -c32, session cookie"
  if [[ -n "$bytes" ]]; then
    staff_scenario queue "queue GET /staff" signals_listed "$bytes" "$staff_url/staff" -t2 -c32 -H "$cookie"
  else
    echo "  SKIPPED: GET /staff does not answer 200"
    staff_rows+=("queue GET /staff|skipped: no 200")
  fi
  echo

  # Signal pages differ in size: the baseline gets the median of a sample.
  local sizes=() id size
  while read -r id; do
    size="$(staff_bytes "$staff_url/staff/signals/$id" "$cookie")"
    [[ -n "$size" ]] && sizes+=("$size")
  done < <(awk -v n="$highest" 'BEGIN { srand(1); for (i = 0; i < 21; i++) print 1 + int(rand() * n) }')
  bytes=""
  (( ${#sizes[@]} > 0 )) && bytes="$(median "${sizes[@]}")"
  echo "e) signal page: GET /staff/signals/{random id in 1..$highest} (median ${bytes:-?} bytes; each view"
  echo "   decrypts the signal and writes one durable audit entry) vs bare_page_server (same size); wrk -t2 -c32"
  if (( ${#sizes[@]} == 21 )); then
    BENCH_SIGNALS="$highest" BENCH_STAFF_TOKEN="$token" \
      staff_scenario signal "signal GET /staff/signals/{id}" signal_viewed "$bytes" "$staff_url/" \
      -t2 -c32 -s "$here/staff_signal.lua"
  else
    echo "  SKIPPED: only ${#sizes[@]} of 21 sample signal pages answered 200"
    staff_rows+=("signal GET /staff/signals/{id}|skipped: no 200")
  fi
  echo

  bytes="$(staff_bytes "$staff_url/api/v1/signals" "$bearer")"
  echo "f) queue as JSON: GET /api/v1/signals (${bytes:-?} bytes, 50 signals) vs bare_page_server (same size);"
  echo "   wrk -t2 -c32, bearer token"
  if [[ -n "$bytes" ]]; then
    staff_scenario api "API GET /api/v1/signals" signals_listed "$bytes" "$staff_url/api/v1/signals" \
      -t2 -c32 -H "$bearer"
  else
    echo "  SKIPPED: GET /api/v1/signals does not answer 200"
    staff_rows+=("API GET /api/v1/signals|skipped: no 200")
  fi

  echo
  run_figures_http "$staff_url" "$cookie" "$bearer"

  local peak_kb
  peak_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$staff_pid/status")"
  stop_server "$staff_pid"
  run_figures_timing "$staff_db"
  staff_notes+=("Peak RSS (VmHWM) of the real server after these scenarios: $(awk -v kb="$peak_kb" \
    'BEGIN { printf "%.1f", kb / 1024 }') MB.")
  echo
}

print_staff_table() {
  echo
  if [[ -n "$staff_skipped" ]]; then
    echo "Staff scenarios: skipped ($staff_skipped)."
    return 0
  fi
  local line name rest
  staff_row() { printf '%-31s | %8s | %7s | %7s | %8s | %7s | %7s | %5s\n' "$@"; }
  echo "Staff side, $staff_signals signals in the store (medians; ms; baseline = bare_page_server, same size)"
  staff_row "scenario" "req/s" "p50" "p99" "base r/s" "p50" "p99" "ratio"
  staff_row "-------------------------------" "--------" "-------" "-------" "--------" "-------" "-------" "-----"
  for line in "${staff_rows[@]}"; do
    IFS='|' read -r name rest <<<"$line"
    if [[ "$rest" == skipped* ]]; then
      printf '%-31s | %s\n' "$name" "$rest"
      continue
    fi
    local real_rps real_p50 real_p99 bare_rps bare_p50 bare_p99 ratio_text
    IFS='|' read -r name real_rps real_p50 real_p99 bare_rps bare_p50 bare_p99 ratio_text <<<"$line"
    staff_row "$name" "$(printf '%.0f' "$real_rps")" "$real_p50" "$real_p99" "$(printf '%.0f' "$bare_rps")" \
      "$bare_p50" "$bare_p99" "$ratio_text"
  done
  echo "Ratio: the real server's req/s as a share of the baseline's. Every answer of d-f also writes a durable"
  echo "audit entry (h and i read only kept counts and write none), which the baseline does not; no aims are set."
  for line in "${staff_notes[@]}"; do echo "$line"; done
}
