-- refresh_token grant with rotation. Every refresh token is single use, so this keeps a queue
-- of live tokens per wrk thread: it starts with the pre-minted tokens in BENCH_TOKENS_FILE
-- (one code flow each, more tokens than connections), request() takes one off the queue and
-- response() puts the rotated token from the answer back. Each request therefore redeems a
-- token minted by the provider moments before, as a chain of rotations; a token is never sent
-- twice. If the queue ever runs dry (a failed request loses its chain) the request carries an
-- invalid token and counts as an error.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local path
local queue, head, tail = {}, 1, 0

function init()
  path = os.getenv("BENCH_PATH")
  local file = assert(io.open(os.getenv("BENCH_TOKENS_FILE"), "r"))
  for line in file:lines() do
    local refresh = line:match("^%S+%s+(%S+)")
    if refresh then
      tail = tail + 1
      queue[tail] = refresh
    end
  end
  file:close()
end

function request()
  local token = "exhausted-pool"
  if head <= tail then
    token = queue[head]
    queue[head] = nil
    head = head + 1
  end
  return common.post(path, "grant_type=refresh_token&refresh_token=" .. common.urlencode(token))
end

function response(status, headers, body)
  if status == 200 then
    local rotated = body:match('"refresh_token"%s*:%s*"([^"]+)"')
    if rotated then
      tail = tail + 1
      queue[tail] = rotated
    end
  end
end

setup = common.setup
done = common.done
