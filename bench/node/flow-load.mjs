// Load generator for bench/run.sh. The same code drives both providers: it only relies on
// discovery, the token endpoint and HTML forms with ids `identifier-form` / `password-form`
// and fields `email` / `password` (hidden inputs are sent back as found).
//
// Modes (N concurrent loops, each with its own cookie jar, over one keep-alive pool):
//   code     full authorization-code flow: each loop signs in once through the forms, then
//            repeats GET /authorize -> 303 redirect_uri?code -> POST /token (PKCE S256).
//   signin   password sign-in: each iteration starts without cookies, GET /authorize,
//            identifier form, password form, until the redirect with a code.
//   refresh  refresh_token grant; each loop chains its own rotating refresh token
//            (starting from a token minted by one code flow per loop).
//   cc       client_credentials token requests.
//   introspect  introspection of one valid access token (minted by a code flow).
//   mint     run --count code flows and write "access_token refresh_token" lines to --out.
//   sessions sign in --count times (one cookie jar each) and write, per session, one line for
//            bench/wrk/code.lua: the authorization request's path (without state and nonce),
//            the token request's PKCE and redirect_uri parameters, and the Cookie header.
//
// --count with a loop mode stops after that many completed iterations (loops in flight finish,
// so a few more may complete) or at the end of --duration, whichever comes first: bench/run.sh
// uses it for "1,000 sign-ins, then the memory reading".
//
// --connect=URL sends every request to URL's origin instead of the issuer's, as a load balancer
// would: with two nodes behind one issuer (bench/run.sh NODES=2), discovery, redirects and form
// actions name the issuer, and each generator process keeps to its own node.
//
// Prints one JSON object on stdout: { mode, completed, errors, seconds, rate, gen_cpu, error_samples }.
// Only completions inside the measured window (after --warmup) count.
//
// Pass each flag with its value as ONE argument, `--client-id=VALUE` (bench/run.sh does):
// generated ids, secrets and passwords may begin with `-`, and `--client-id -x...` as two
// arguments is refused by parseArgs ("argument is ambiguous").
import crypto from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const { values: opt } = parseArgs({
  options: {
    mode: { type: 'string', default: 'code' },
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'redirect-uri': { type: 'string', default: 'http://127.0.0.1:9000/callback' },
    email: { type: 'string' },
    password: { type: 'string' },
    scope: { type: 'string', default: 'openid offline_access' },
    concurrency: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    count: { type: 'string' },
    connect: { type: 'string' },
    out: { type: 'string' },
  },
});

for (const required of ['issuer', 'client-id', 'client-secret']) {
  if (!opt[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}

const issuer = opt.issuer.replace(/\/$/, '');
const issuerOrigin = new URL(issuer).origin;
const origin = opt.connect ? new URL(opt.connect).origin : issuerOrigin;
// Completed iterations to stop after (loop modes); mint's number of code flows.
const count = opt.count === undefined ? undefined : Number(opt.count);
const concurrency = Number(opt.concurrency);
const durationMs = Number(opt.duration) * 1000;
const warmupMs = Number(opt.warmup) * 1000;
const redirectUri = opt['redirect-uri'];
const basicAuth = `Basic ${Buffer.from(`${encodeURIComponent(opt['client-id'])}:${encodeURIComponent(opt['client-secret'])}`).toString('base64')}`;
const pool = new Pool(origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });

const stats = { completed: 0, errors: 0, samples: [] };
let windowStart = 0;
let windowEnd = Infinity;
// Every success, in the window or not: what --count is compared with.
let succeeded = 0;

class FlowError extends Error {
  constructor(what, status, body) {
    super(`${what}: HTTP ${status} ${String(body || '').slice(0, 200).replace(/\s+/g, ' ')}`);
  }
}

function recordError(err) {
  const now = Date.now();
  if (windowStart && (now < windowStart || now > windowEnd)) return;
  stats.errors += 1;
  if (stats.samples.length < 5) stats.samples.push(String(err.message || err));
}

function recordSuccess() {
  const now = Date.now();
  succeeded += 1;
  if (now >= windowStart && now <= windowEnd) stats.completed += 1;
}

// --- HTTP with a per-loop cookie jar -------------------------------------------------------

// A URL of the issuer's origin, moved to the origin requests go to (--connect).
function toConnect(url) {
  const target = new URL(url, issuer);
  return target.origin === issuerOrigin ? new URL(target.pathname + target.search, origin) : target;
}

async function http(jar, method, url, { headers = {}, form } = {}) {
  const target = toConnect(url);
  if (target.origin !== origin) throw new Error(`refusing to leave ${origin}: ${target}`);
  const allHeaders = { ...headers };
  if (jar && jar.size) allHeaders.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let body;
  if (form) {
    body = new URLSearchParams(form).toString();
    allHeaders['content-type'] = 'application/x-www-form-urlencoded';
  }
  const res = await pool.request({ method, path: target.pathname + target.search, headers: allHeaders, body });
  const text = await res.body.text();
  if (jar) storeCookies(jar, res.headers['set-cookie']);
  return { status: res.statusCode, headers: res.headers, text, url: target };
}

function storeCookies(jar, setCookie) {
  if (!setCookie) return;
  for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
    const [pair, ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attrs.some((a) => {
      const [k, v = ''] = a.trim().split('=');
      const key = k.toLowerCase();
      return (key === 'max-age' && Number(v) <= 0) || (key === 'expires' && Date.parse(v) < Date.now());
    });
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

// --- HTML forms ------------------------------------------------------------------------------

const decode = (s) => s.replace(/&(amp|quot|lt|gt|#39|#x27|#x2F|#47);/g, (m, e) => ({
  amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'", '#x2F': '/', '#47': '/',
})[e]);

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function findForm(html) {
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = attrs(m[1]);
    if (a.id !== 'identifier-form' && a.id !== 'password-form') continue;
    const fields = {};
    for (const input of m[2].matchAll(/<input\b([^>]*)>/gi)) {
      const i = attrs(input[1]);
      if (!i.name) continue;
      const type = (i.type || 'text').toLowerCase();
      if ((type === 'checkbox' || type === 'radio') && !('checked' in i)) continue;
      if (type === 'submit' || type === 'button') continue;
      fields[i.name] = i.value ?? '';
    }
    for (const select of m[2].matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const s = attrs(select[1]);
      const options = [...select[2].matchAll(/<option\b([^>]*)>/gi)].map((o) => attrs(o[1]));
      const chosen = options.find((o) => 'selected' in o) || options[0];
      if (s.name && chosen) fields[s.name] = chosen.value ?? '';
    }
    return { id: a.id, action: a.action || '', method: (a.method || 'get').toUpperCase(), fields };
  }
  return undefined;
}

// --- OAuth pieces ----------------------------------------------------------------------------

let discovery;

// An authorization request with a new PKCE pair; `perFlow: false` leaves out state and nonce
// (wrk/code.lua adds its own to each request).
function authorizeUrl({ perFlow = true } = {}) {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const state = perFlow ? crypto.randomBytes(12).toString('base64url') : undefined;
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: opt['client-id'],
    redirect_uri: redirectUri,
    scope: opt.scope,
    ...(perFlow && { state, nonce: crypto.randomBytes(12).toString('base64url') }),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return { url: url.toString(), verifier, state };
}

// Follows redirects and fills the sign-in forms until the redirect to the client.
// `allowForms` false: a sign-in form is an error (the session should have been enough).
async function authorize(jar, allowForms) {
  const request = authorizeUrl();
  let res = await http(jar, 'GET', request.url);
  for (let step = 0; step < 12; step += 1) {
    if (res.status >= 300 && res.status < 400) {
      const location = new URL(res.headers.location, res.url);
      if (location.toString().startsWith(redirectUri)) {
        const code = location.searchParams.get('code');
        if (!code) throw new FlowError(`redirect without code (${location.search.slice(0, 120)})`, res.status, '');
        if (location.searchParams.get('state') !== request.state) throw new FlowError('state mismatch', res.status, '');
        return { code, verifier: request.verifier };
      }
      res = await http(jar, 'GET', location.toString());
      continue;
    }
    if (res.status === 200) {
      const form = findForm(res.text);
      if (!form) throw new FlowError('page without sign-in form', res.status, res.text);
      if (!allowForms) throw new FlowError(`session not honoured, got ${form.id}`, res.status, '');
      if (form.id === 'identifier-form') form.fields.email = opt.email;
      if (form.id === 'password-form') form.fields.password = opt.password;
      const action = new URL(form.action || res.url.toString(), res.url).toString();
      res = await http(jar, form.method, action, { form: form.fields });
      continue;
    }
    throw new FlowError('authorize', res.status, res.text);
  }
  throw new Error('too many steps in the authorization flow');
}

async function tokenRequest(form) {
  const res = await http(undefined, 'POST', discovery.token_endpoint, { headers: { authorization: basicAuth }, form });
  if (res.status !== 200) throw new FlowError(`token ${form.grant_type}`, res.status, res.text);
  return JSON.parse(res.text);
}

async function exchange({ code, verifier }) {
  return tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
}

async function signIn() {
  const jar = new Map();
  const grant = await authorize(jar, true);
  return { jar, grant };
}

// --- loops -----------------------------------------------------------------------------------

async function runLoops(mode) {
  // Per-loop set-up (signing in, minting a first token) happens before the clock starts.
  const states = await Promise.all(Array.from({ length: concurrency }, async () => {
    const state = {};
    if (mode.setup) await mode.setup(state);
    return state;
  }));
  const start = Date.now();
  windowStart = start + warmupMs;
  windowEnd = windowStart + durationMs;
  const limit = count ?? Infinity;
  await Promise.all(states.map(async (state) => {
    while (Date.now() < windowEnd && succeeded < limit) {
      try {
        await mode.run(state);
        recordSuccess();
      } catch (err) {
        recordError(err);
        // Start the loop over (new sign-in / new token) after a failure.
        try {
          if (mode.setup) await mode.setup(state);
        } catch (setupErr) {
          recordError(setupErr);
        }
      }
    }
  }));
  // With --count the loops may stop before the window ends: the rate is over the time used.
  return Math.max(Math.min(Date.now(), windowEnd) - windowStart, 1) / 1000;
}

const modes = {
  code: {
    async setup(state) {
      state.jar = (await signIn()).jar;
    },
    async run(state) {
      const tokens = await exchange(await authorize(state.jar, false));
      if (!tokens.access_token) throw new Error('no access_token');
    },
  },
  signin: {
    async run() {
      await signIn();
    },
  },
  refresh: {
    async setup(state) {
      const { grant } = await signIn();
      state.refreshToken = (await exchange(grant)).refresh_token;
      if (!state.refreshToken) throw new Error('no refresh_token from the code flow');
    },
    async run(state) {
      const tokens = await tokenRequest({ grant_type: 'refresh_token', refresh_token: state.refreshToken });
      if (!tokens.refresh_token) throw new Error('no rotated refresh_token');
      state.refreshToken = tokens.refresh_token;
    },
  },
  cc: {
    async run() {
      const tokens = await tokenRequest({ grant_type: 'client_credentials' });
      if (!tokens.access_token) throw new Error('no access_token');
    },
  },
  introspect: {
    async setup(state) {
      const { grant } = await signIn();
      state.token = (await exchange(grant)).access_token;
    },
    async run(state) {
      const res = await http(undefined, 'POST', discovery.introspection_endpoint, {
        headers: { authorization: basicAuth }, form: { token: state.token },
      });
      if (res.status !== 200 || !JSON.parse(res.text).active) throw new FlowError('introspect', res.status, res.text);
    },
  },
};

async function mint() {
  const flows = count ?? 32;
  const lines = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, flows) }, async () => {
    const { jar, grant } = await signIn();
    let pending = grant;
    while (next < flows) {
      next += 1;
      const tokens = await exchange(pending ?? await authorize(jar, false));
      pending = undefined;
      if (!tokens.access_token || !tokens.refresh_token) {
        throw new Error(`code flow gave no access/refresh token: ${JSON.stringify(Object.keys(tokens))}`);
      }
      lines.push(`${tokens.access_token} ${tokens.refresh_token}`);
    }
  }));
  if (opt.out) writeFileSync(opt.out, `${lines.join('\n')}\n`);
  else console.log(lines.join('\n'));
}

// One PKCE pair for every session of the file: the code's answer alone names its verifier.
async function sessions() {
  const { url: request, verifier } = authorizeUrl({ perFlow: false });
  const url = new URL(request);
  const token = `&${new URLSearchParams({ redirect_uri: redirectUri, code_verifier: verifier })}`;
  const jars = await Promise.all(Array.from({ length: count ?? concurrency }, async () => (await signIn()).jar));
  const lines = jars.map((jar) => `${url.pathname}${url.search} ${token} ${[...jar].map(([k, v]) => `${k}=${v}`).join('; ')}`);
  writeFileSync(opt.out, `${lines.join('\n')}\n`);
}

const res = await fetch(toConnect(`${issuer}/.well-known/openid-configuration`));
if (!res.ok) throw new Error(`discovery failed: ${res.status}`);
discovery = await res.json();

if (opt.mode === 'mint') {
  await mint();
} else if (opt.mode === 'sessions') {
  if (!opt.out || !opt.email || !opt.password) {
    console.error('--out, --email and --password are needed for this mode');
    process.exit(2);
  }
  await sessions();
} else if (modes[opt.mode]) {
  if ((opt.mode === 'code' || opt.mode === 'signin' || opt.mode === 'refresh' || opt.mode === 'introspect')
    && (!opt.email || !opt.password)) {
    console.error('--email and --password are needed for this mode');
    process.exit(2);
  }
  const cpuStart = process.cpuUsage();
  const wallStart = Date.now();
  const seconds = await runLoops(modes[opt.mode]);
  const cpu = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({
    mode: opt.mode,
    completed: stats.completed,
    errors: stats.errors,
    seconds,
    rate: Math.round((stats.completed / seconds) * 10) / 10,
    // Share of one core the generator used: near 100 means it, not the server, set the pace.
    gen_cpu: Math.round(((cpu.user + cpu.system) / 1000 / (Date.now() - wallStart)) * 100),
    error_samples: stats.samples,
  }));
} else {
  console.error(`unknown --mode ${opt.mode}`);
  process.exit(2);
}
await pool.close();
