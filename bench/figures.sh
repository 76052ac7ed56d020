# bench/figures.sh: the figures scenarios of `make bench` (h, i, j), sourced by
# bench/run.sh and run by bench/staff.sh on its store of demo signals, with
# the coordinator it signed in (session cookie for the page, bearer token for
# the API). h and i compare the real answers with bare_page_server serving a
# page of the same size; j (figures_timing, in process) sets the dashboard and
# the publication made from the kept counts beside the same breakdowns made by
# scanning the signals and persons, in the same run. No aims: figures only.
# Knob: BENCH_FIGURES_PERIOD (2025: the demo data's last whole year).
# shellcheck shell=bash disable=SC2154  # the variables come from run.sh and staff.sh

figures_period="${BENCH_FIGURES_PERIOD:-2025}"
figures_timing="$build/bench/figures_timing"
figures_rows=()  # "name|p50|p99|rounds", for the table

figures_http_scenario() {
  local name="$1" label="$2" url="$3" header="$4" bytes
  bytes="$(staff_bytes "$url" "$header")"
  echo "$name) $label (${bytes:-?} bytes) vs bare_page_server (same size); wrk -t2 -c8"
  if [[ -z "$bytes" ]]; then
    echo "  SKIPPED: no 200"
    staff_rows+=("$label|skipped: no 200")
    return 0
  fi
  start_server "bare_$name" "$bare_page" --page-bytes "$bytes"
  local bare_pid=$server_pid bare_url=$server_url
  compare "$name" "$url" "$bare_url/" -t2 -c8 -H "$header"
  stop_server "$bare_pid"
  staff_rows+=("$label|$real_rps|$real_p50|$real_p99|$bare_rps|$bare_p50|$bare_p99|$(ratio "$real_rps" "$bare_rps")")
  echo
}

# run_figures_http URL COOKIE BEARER: scenarios h and i on the running staff server.
run_figures_http() {
  local url="$1" cookie="$2" bearer="$3"
  figures_http_scenario h "dashboard GET /staff/figures" "$url/staff/figures?period=$figures_period" "$cookie"
  figures_http_scenario i "API GET /api/v1/stats/published" "$url/api/v1/stats/published?period=$figures_period" "$bearer"
}

# run_figures_timing DB: scenario j, after the server has stopped.
run_figures_timing() {
  local db="$1" line
  if [[ ! -x "$figures_timing" ]]; then
    echo "j) SKIPPED: $figures_timing is missing"
    return 0
  fi
  echo "j) in process, period $figures_period, region: kept counts (200 rounds) and full scans (3 rounds)"
  while read -r line; do
    echo "  $line"
    figures_rows+=("$(tr ' ' '|' <<<"$line")")
  done < <("$figures_timing" "$db" "$figures_period" 200)
  echo
}

print_figures_table() {
  (( ${#figures_rows[@]} > 0 )) || return 0
  local line name p50 p99 rounds
  echo
  echo "Figures, period $figures_period, whole region, in process (ms; kept = summary tables, recount = full scan)"
  printf '%-26s | %9s | %9s | %6s\n' "measurement" "p50" "p99" "rounds"
  printf '%-26s | %9s | %9s | %6s\n' "--------------------------" "---------" "---------" "------"
  for line in "${figures_rows[@]}"; do
    IFS='|' read -r name p50 p99 rounds <<<"$line"
    printf '%-26s | %9s | %9s | %6s\n' "$name" "$p50" "$p99" "$rounds"
  done
  echo "A dashboard makes 68 reads (34 charts and totals, this period and the one before); made by scanning,"
  echo "each read would be one recount like the ones above."
}
