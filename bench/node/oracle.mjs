// The account-oracle timing row of bench/run.sh (issue 12): how long a wrong-password
// answer takes, per state of the identifier, for an address with an account and one
// without, in one run. The router tests prove the same work is done (one argon2id
// verification, the same computed delay, the same bytes); this measures it.
//
// States (each sample of a state has the same history, so the figure is about the state):
//   fresh      the first wrong password for this identifier
//   throttled  the 4th, after 3 earlier failures
//   locked     an identifier locked by --max-failures failures
// Existing accounts are `<prefix>-<state><i>@bench.example` (created by run.sh with
// `idp user add`); unknown ones are `ghost-<state><i>@bench.example`. Samples are taken round
// robin over the six series, so drift in the machine spreads over all of them alike.
//
// Prints one JSON line per series: { scenario: "oracle", state, account, samples, median_ms,
// p10_ms, p90_ms }. Flags go as --flag=VALUE.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values: opt } = parseArgs({
  options: {
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'redirect-uri': { type: 'string', default: 'http://127.0.0.1:9000/callback' },
    prefix: { type: 'string', default: 'oracle' },
    samples: { type: 'string', default: '20' },
    'max-failures': { type: 'string', default: '10' },
  },
});
const issuer = opt.issuer.replace(/\/$/, '');
const samples = Number(opt.samples);
const maxFailures = Number(opt['max-failures']);
const WRONG = 'not the password of this account at all';

const unescape = (s) => s.replace(/&#x2f;/g, '/').replace(/&#x3d;/g, '=').replace(/&quot;/g, '"')
  .replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function hidden(html, form) {
  const start = html.indexOf(`id="${form}"`);
  if (start < 0) throw new Error(`no #${form}: ${html.slice(0, 200)}`);
  const part = html.slice(start, html.indexOf('</form>', start));
  const fields = {};
  for (const m of part.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[m[1]] = unescape(m[2]);
  return fields;
}

class Browser {
  cookies = new Map();
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
  async fetch(path, init = {}) {
    const url = path.startsWith('http') ? path : issuer + path;
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers || {}), cookie: this.header() } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }
  async post(path, fields) {
    return this.fetch(path, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}

/// To the password form of `email` in a fresh browser: its form fields.
async function passwordForm(email) {
  const b = new Browser();
  const q = new URLSearchParams({ response_type: 'code', client_id: opt['client-id'], redirect_uri: opt['redirect-uri'],
    scope: 'openid', state: 's', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' });
  let res = await b.fetch(`/authorize?${q}`);
  res = await b.fetch(res.headers.get('location'));
  let fields = hidden(await res.text(), 'identifier-form');
  res = await b.post('/login/identifier', { ...fields, email });
  if (res.status !== 303) throw new Error(`identifier: ${res.status}`);
  res = await b.fetch(res.headers.get('location'));
  fields = hidden(await res.text(), 'password-form');
  return { b, fields };
}

/// One wrong password; the time of the password POST alone, and its status.
async function attempt(email) {
  const { b, fields } = await passwordForm(email);
  const t0 = performance.now();
  const res = await b.post('/login/password', { ...fields, password: WRONG, method: 'password' });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

const series = [];
for (const state of ['fresh', 'throttled', 'locked']) {
  for (const account of ['existing', 'unknown']) {
    const name = account === 'existing' ? opt.prefix : 'ghost';
    series.push({ state, account, email: (i) => `${name}-${state}${state === 'locked' ? 0 : i}@bench.example`, times: [], statuses: new Set() });
  }
}
// Histories: three failures for every throttled identifier, a lock for the locked ones.
for (const s of series) {
  if (s.state === 'throttled') for (let i = 0; i < samples; i++) for (let k = 0; k < 3; k++) await attempt(s.email(i));
  if (s.state === 'locked') for (let k = 0; k < maxFailures; k++) await attempt(s.email(0));
}
for (let i = 0; i < samples; i++) {
  for (const s of series) {
    const { ms, status } = await attempt(s.email(i));
    s.times.push(ms);
    s.statuses.add(status);
  }
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
for (const s of series) {
  const sorted = [...s.times].sort((a, b) => a - b);
  console.log(JSON.stringify({
    provider: 'ours', scenario: 'oracle', state: s.state, account: s.account, samples: sorted.length,
    median_ms: pct(sorted, 0.5), p10_ms: pct(sorted, 0.1), p90_ms: pct(sorted, 0.9), statuses: [...s.statuses],
  }));
}
