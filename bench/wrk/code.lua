-- The full authorization-code flow with a session: GET /authorize -> redirect with a code ->
-- POST /token (PKCE S256), as `flow-load.mjs --mode=code` runs it, from one wrk thread.
-- BENCH_SESSIONS_FILE has one signed-in session per line (`flow-load.mjs --mode=sessions`):
-- the authorization request's path, the token request's redirect_uri and code_verifier, and
-- the session's Cookie header. request() sends a code from the queue to the token endpoint
-- when there is one, otherwise the next session's authorization request (round robin, each
-- with its own state and nonce); response() queues the code of each redirect to the client.
-- A flow counts once its token answer holds an access token. A redirect without a code (or
-- a sign-in page: the session was not honoured) and a token answer without an access token
-- are counted in `bad`.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local token_path, redirect, token_params
local sessions, next_session = {}, 1
local codes, head, tail = {}, 1, 0
local sent = 0
flows, bad = 0, 0

function init()
  token_path = os.getenv("BENCH_PATH")
  redirect = os.getenv("BENCH_REDIRECT")
  local file = assert(io.open(os.getenv("BENCH_SESSIONS_FILE"), "r"))
  for line in file:lines() do
    -- Every session of one file has the same token parameters (one PKCE pair).
    local path, params, cookie = line:match("^(%S+) (%S+) (.+)$")
    if path then
      sessions[#sessions + 1] = { path = path, cookie = cookie }
      token_params = params
    end
  end
  file:close()
  assert(#sessions > 0, "no session in BENCH_SESSIONS_FILE")
end

function request()
  if head <= tail then
    local code = codes[head]
    codes[head] = nil
    head = head + 1
    return common.post(token_path, "grant_type=authorization_code&code=" .. code .. token_params)
  end
  local s = sessions[next_session]
  next_session = next_session % #sessions + 1
  sent = sent + 1
  return wrk.format("GET", s.path .. "&state=s" .. sent .. "&nonce=n" .. sent, { ["Cookie"] = s.cookie })
end

function response(status, headers, body)
  if status == 302 or status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    local code = location:sub(1, #redirect) == redirect and location:match("[?&]code=([^&]+)")
    if code then
      -- As the redirect carries it: percent-encoded already, as the form body wants it.
      tail = tail + 1
      codes[tail] = code
    else
      bad = bad + 1
    end
  elseif status == 200 then
    if body:find('"access_token"', 1, true) then
      flows = flows + 1
    else
      bad = bad + 1
    end
  end
end

setup = common.setup

function done(summary)
  common.report(summary, "flows")
end
