-- wrk script for kyodo: sends the session cookie and cycles through a list of paths.
--   BENCH_COOKIE  value of the kyodo_session cookie (from POST /api/v1/sessions)
--   BENCH_PATHS   file with one path per line (e.g. the three calls of a district page for several districts)
-- Prints one machine-readable RESULT line at the end (latencies in ms).

local cookie = os.getenv("BENCH_COOKIE") or ""
wrk.headers["Cookie"] = "kyodo_session=" .. cookie
wrk.headers["Accept"] = "application/json"

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end

local i = 0

function init(args)
  -- each thread starts at a different place in the list
  i = math.random(0, #paths - 1)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f mean=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
