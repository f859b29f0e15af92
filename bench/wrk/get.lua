-- Plain GETs of BENCH_PATH (/healthz, discovery, the JWKS): the ceiling the token scenarios
-- are compared with. A non-2xx answer is a status error.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local req

function init()
  req = wrk.format("GET", os.getenv("BENCH_PATH"))
end

function request() return req end

setup = common.setup
done = common.done
