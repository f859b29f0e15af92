-- Introspection (RFC 7662) of one valid access token (BENCH_TOKEN) at BENCH_PATH.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local req
bad = 0

function init()
  req = common.post(os.getenv("BENCH_PATH"), "token=" .. common.urlencode(os.getenv("BENCH_TOKEN")))
end

function request() return req end

function response(status, headers, body)
  -- An inactive answer is a failure of the benchmark, not a success.
  if status == 200 and not body:find('"active"%s*:%s*true') then
    bad = bad + 1
  end
end

setup = common.setup
done = common.done
