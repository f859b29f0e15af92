-- Shared by the wrk scripts of bench/run.sh: a form POST with client_secret_basic, and a
-- done() that prints one JSON line the script parses.
local M = {}
local threads = {}

-- Answers that are HTTP 200 but wrong (e.g. an inactive introspection) are counted in the
-- thread-global `bad` and subtracted in done().
function M.setup(thread)
  table.insert(threads, thread)
end

function M.post(path, body)
  return wrk.format("POST", path, {
    ["Authorization"] = "Basic " .. os.getenv("BENCH_BASIC"),
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

-- The result line. `unit`: the thread-global that counts completed operations when one takes
-- several requests (the code flow's `flows`); without it every request that did not fail is
-- one.
function M.report(summary, unit)
  local e = summary.errors
  local bad, units = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (tonumber(thread:get("bad")) or 0)
    if unit then
      units = units + (tonumber(thread:get(unit)) or 0)
    end
  end
  local failed = e.connect + e.read + e.write + e.status + e.timeout + bad
  local seconds = summary.duration / 1e6
  local ok = unit and units or summary.requests - failed
  -- os.clock() is the CPU time of the whole wrk process (every thread): its share of one core
  -- tells whether wrk, not the server, set the pace (with NODES=2 it shares the servers' cores).
  io.write(string.format(
    'BENCH {"completed":%d,"errors":%d,"seconds":%.3f,"rate":%.1f,"status_errors":%d,"bad_answers":%d,"gen_cpu":%d}\n',
    ok, failed, seconds, ok / seconds, e.status, bad, math.floor(os.clock() / seconds * 100 + 0.5)))
end

function M.urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- wrk's done(summary, latency, requests).
function M.done(summary)
  M.report(summary)
end

return M
