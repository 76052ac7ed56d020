-- wrk script: GET one signal page, /staff/signals/{id}, with a random id in
-- 1..BENCH_SIGNALS on every request, signed in by the staff session cookie as
-- a browser is. Each view writes one durable audit entry (signal_viewed).
-- Environment: BENCH_SIGNALS (the highest id in the store), BENCH_STAFF_TOKEN
-- (a session token from POST /api/v1/staff/login).

local signals = tonumber(os.getenv("BENCH_SIGNALS") or "")
local token = os.getenv("BENCH_STAFF_TOKEN")
if not signals or signals < 1 or not token or token == "" then
  error("staff_signal.lua: set BENCH_SIGNALS and BENCH_STAFF_TOKEN")
end

wrk.method = "GET"
wrk.headers["Cookie"] = "meldpunt_staff=" .. token

-- Each thread has its own Lua state: give each its own sequence of ids.
local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_number", next_thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
  return wrk.format(nil, "/staff/signals/" .. math.random(signals))
end
