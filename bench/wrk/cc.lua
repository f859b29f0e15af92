-- client_credentials token requests (POST token endpoint; path in BENCH_PATH).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local req

function init()
  req = common.post(os.getenv("BENCH_PATH"), "grant_type=client_credentials")
end

function request() return req end

setup = common.setup
done = common.done
