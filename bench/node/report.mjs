// `node report.mjs RESULTS.jsonl META.env`: the markdown report of bench/run.sh.
import { readFileSync } from 'node:fs';

const [resultsFile, metaFile] = process.argv.slice(2);
const results = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const meta = Object.fromEntries(readFileSync(metaFile, 'utf8').split('\n').filter(Boolean).map((l) => {
  const i = l.indexOf('=');
  return [l.slice(0, i), l.slice(i + 1)];
}));

const get = (provider, scenario) => results.find((r) => r.provider === provider && r.scenario === scenario);
const num = (x) => (x === undefined || x === null || x === '' || Number.isNaN(Number(x)) ? undefined : Number(x));
const fmt = (x, digits = 0) => (x === undefined ? 'n/a' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);
const mib = (kib) => (num(kib) === undefined ? undefined : num(kib) / 1024);
const pass = (ok) => (ok === undefined ? '' : ok ? ' (met)' : ' (not met)');

const scenarios = [
  ['healthz', '`GET /healthz` (ours: the ceiling of one request on this core)', undefined],
  ['discovery', '`GET` discovery', undefined],
  ['jwks', '`GET` the JWKS', undefined],
  ['cc', 'client_credentials token requests', 5],
  ['introspect', 'introspections (valid access token)', 5],
  ['refresh', 'refresh_token grants (rotation chains)', 5],
  ['code', 'full code flows (authorize with session + PKCE token exchange)', 5],
  ['signin', 'password sign-ins (identifier + password forms)', undefined],
];

const out = [];
const p = (s = '') => out.push(s);
p(`# idp vs node oidc-provider (${meta.date})`);
p();
p(`- machine: ${meta.nproc} cores, ${meta.cpu}; commit ${meta.commit}`);
p(`- both providers pinned to one core with taskset, load generator on the other; ${meta.connections} connections; ${meta.duration} s measured after ${meta.warmup} s warm-up per scenario; scenarios alternate between the providers`);
p(`- generators: ${meta.loadgen === 'wrk' ? 'wrk (client_credentials, introspection, refresh) and ' : ''}bench/node/flow-load.mjs (${meta.loadgen === 'wrk' ? 'code flow, sign-in' : 'every scenario'}); node ${meta.node_version}, oidc-provider ${meta.oidc_provider}`);
p(`- storage: ours durable (SQLite file in a fresh data folder); oidc-provider its default in-memory adapter (an LRU of 1,000 entries, nothing written anywhere)`);
p(`- argon2id: ${meta.argon2} for both (ours: its defaults, read back from the stored hash, unless forced)`);
p();
p('| scenario | ours (/s) | oidc-provider (/s) | ratio | target |');
p('| --- | ---: | ---: | ---: | --- |');
for (const [key, label, target] of scenarios) {
  const o = get('ours', key);
  const n = get('node', key);
  if (!o && !n) continue;
  const or = num(o?.rate);
  const nr = num(n?.rate);
  let t = '';
  if (target) t = `>= ${target}x${or !== undefined && nr ? pass(or / nr >= target) : ''}`;
  if (key === 'signin') t = 'within 10% of argon2id alone (below)';
  // The ceiling: a share of our own /healthz rate on the same core.
  const ceiling = num(get('ours', 'healthz')?.rate);
  const share = (want) => (or === undefined || !ceiling ? '' : `; ours ${((or / ceiling) * 100).toFixed(0)}% of /healthz (>= ${want}%${pass(or / ceiling >= want / 100)})`);
  if (key === 'discovery' || key === 'jwks') t = share(80).replace(/^; /, '');
  if (key === 'cc') t += share(33);
  if (key === 'healthz') t = 'ceiling';
  p(`| ${label} | ${fmt(or, 1)} | ${fmt(nr, 1)} | ${ratio(or, nr)} | ${t} |`);
}
const rust = num(meta.argon2_rust);
const nodeRef = num(meta.argon2_node);
const os = num(get('ours', 'signin')?.rate);
const ns = num(get('node', 'signin')?.rate);
const pct = (a, b) => (a === undefined || !b ? 'n/a' : `${((a / b) * 100).toFixed(0)}%`);
p(`| argon2id alone, one core: Rust \`argon2\` 0.5.3 (ours' library) / libargon2 via npm \`argon2\` (theirs) | ${fmt(rust, 1)} | ${fmt(nodeRef, 1)} | ${ratio(rust, nodeRef)} | |`);
p(`| sign-ins as a share of argon2id alone with the provider's own library | ${pct(os, rust)} | ${pct(ns, nodeRef)} | | >= 90%${os !== undefined && rust ? pass(os / rust >= 0.9) : ''} |`);
const rss = (who, k) => mib(meta[`${who}_rss_${k}`]);
const rssRatio = (k) => ratio(rss('ours', k), rss('node', k));
p(`| resident memory idle after start (MiB) | ${fmt(rss('ours', 'idle'), 1)} | ${fmt(rss('node', 'idle'), 1)} | ${rssRatio('idle')} | <= 20 MiB${rss('ours', 'idle') !== undefined ? pass(rss('ours', 'idle') <= 20) : ''} |`);
p(`| resident memory peak under the load above (MiB, VmHWM) | ${fmt(rss('ours', 'peak'), 1)} | ${fmt(rss('node', 'peak'), 1)} | ${rssRatio('peak')} | |`);
if (num(meta.burst) > 0) {
  const ob = get('ours', 'burst');
  const nb = get('node', 'burst');
  p(`| resident memory peak after ${meta.burst} parallel sign-ins (MiB) | ${fmt(rss('ours', 'burst'), 1)} | ${fmt(rss('node', 'burst'), 1)} | ${rssRatio('burst')} | bounded |`);
  p(`| sign-ins/s during the ${meta.burst}-parallel burst | ${fmt(num(ob?.rate), 1)} | ${fmt(num(nb?.rate), 1)} | ${ratio(num(ob?.rate), num(nb?.rate))} | |`);
}
p();
p('Ratios are ours / oidc-provider (for memory, lower is better).');
const oracle = results.filter((r) => r.scenario === 'oracle');
if (oracle.length) {
  p();
  p('## Account oracle: a wrong-password answer, per identifier state (ms)');
  p();
  p('Median (10th-90th percentile) of the password POST alone, sampled round robin; ratio = unknown / existing median. The same figure for both means the time reveals nothing.');
  p();
  p('| state | address with an account | address without one | ratio | statuses |');
  p('| --- | ---: | ---: | ---: | --- |');
  for (const state of ['fresh', 'throttled', 'locked']) {
    const e = oracle.find((r) => r.state === state && r.account === 'existing');
    const u = oracle.find((r) => r.state === state && r.account === 'unknown');
    if (!e || !u) continue;
    const cell = (r) => `${fmt(r.median_ms, 1)} (${fmt(r.p10_ms, 1)}-${fmt(r.p90_ms, 1)})`;
    p(`| ${state} | ${cell(e)} | ${cell(u)} | ${ratio(u.median_ms, e.median_ms)} | ${[...new Set([...e.statuses, ...u.statuses])].join(', ')} |`);
  }
}
p();
p('## Details');
p();
p('| scenario | provider | completed | errors | server CPU (% of its core) | generator CPU (% of its core) | first error |');
p('| --- | --- | ---: | ---: | ---: | ---: | --- |');
for (const r of results.filter((x) => x.scenario !== 'oracle')) {
  const sample = (r.error_samples && r.error_samples[0]) || '';
  p(`| ${r.scenario} | ${r.provider === 'node' ? 'oidc-provider' : 'ours'} | ${fmt(num(r.completed))} | ${fmt(num(r.errors))} | ${r.server_cpu ?? ''} | ${r.gen_cpu ?? ''} | ${sample.replace(/\|/g, '\\|').slice(0, 160)} |`);
}
for (const who of ['ours', 'node']) {
  if (meta[`${who}_died`]) p(`\n**${who} exited during the burst.**`);
}
p();
console.log(out.join('\n'));
