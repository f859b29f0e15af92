// `node report.mjs RESULTS.jsonl META.env`: the markdown report of bench/run.sh.
import { readFileSync } from 'node:fs';

const [resultsFile, metaFile] = process.argv.slice(2);
const results = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const meta = Object.fromEntries(readFileSync(metaFile, 'utf8').split('\n').filter(Boolean).map((l) => {
  const i = l.indexOf('=');
  return [l.slice(0, i), l.slice(i + 1)];
}));

// Providers as bench/run.sh names them.
const names = {
  ours: 'ours on SQLite',
  ours_pg: 'ours on PostgreSQL',
  ours_pg2: 'ours on PostgreSQL, two nodes',
  node: 'oidc-provider',
};
const get = (provider, scenario) => results.find((r) => r.provider === provider && r.scenario === scenario);
const num = (x) => (x === undefined || x === null || x === '' || Number.isNaN(Number(x)) ? undefined : Number(x));
const fmt = (x, digits = 0) => (x === undefined ? 'n/a' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);
const pct = (a, b) => (a === undefined || !b ? 'n/a' : `${((a / b) * 100).toFixed(0)}%`);
const mib = (kib) => (num(kib) === undefined ? undefined : num(kib) / 1024);
const pass = (ok) => (ok === undefined ? '' : ok ? ' (met)' : ' (not met)');
const rate = (provider, scenario) => num(get(provider, scenario)?.rate);

const pg = meta.db === 'postgres' || meta.db === 'both';
const twoNodes = meta.nodes === '2';
const serverCore = meta.server_core ?? '0';
const loadCore = meta.load_core ?? '1';

// [key, label, target ratio to node (issue 18: 5x for client_credentials and introspection,
// 3x for refresh and the code flow), short label for the PostgreSQL rows]
const scenarios = [
  ['healthz', '`GET /healthz` (ours: the ceiling of one request on this core)', undefined, '`GET /healthz`'],
  ['discovery', '`GET` discovery', undefined, '`GET` discovery'],
  ['jwks', '`GET` the JWKS', undefined, '`GET` the JWKS'],
  ['cc', 'client_credentials token requests', 5, 'client_credentials'],
  ['introspect', 'introspections (valid access token)', 5, 'introspections'],
  ['refresh', 'refresh_token grants (rotation chains)', 3, 'refresh_token grants'],
  ['code', 'full code flows (authorize with session + PKCE token exchange)', 3, 'full code flows'],
  ['signin', 'password sign-ins (identifier + password forms)', undefined, 'password sign-ins'],
];

const rust = num(meta.argon2_rust);
const nodeRef = num(meta.argon2_node);
// argon2id alone around a provider's sign-ins: the mean of the readings right before and
// right after them, if both were taken.
const bracketed = (who) => {
  const before = num(meta[`${who}_argon2_before`]);
  const after = num(meta[`${who}_argon2_after`]);
  return before !== undefined && after !== undefined ? (before + after) / 2 : undefined;
};
// What a provider's sign-ins are compared with: that mean, else the reading at the end.
const argon2For = (who) => bracketed(who) ?? (who === 'node' ? nodeRef : rust);

const out = [];
const p = (s = '') => out.push(s);
p(`# idp vs node oidc-provider (${meta.date})`);
p();
p(`- machine: ${meta.nproc} cores, ${meta.cpu}; commit ${meta.commit}${meta.idp_version ? `; ${meta.idp_version}` : ''}${meta.idp_bin ? ` (binary given with IDP_BIN: ${meta.idp_bin}, not necessarily built from this tree)` : ''}`);
p(`- each provider pinned to core ${serverCore} with taskset, load generator on core ${loadCore}; ${meta.connections} connections; ${meta.duration} s measured after ${meta.warmup} s warm-up per scenario; scenarios alternate between the providers`);
p(`- generators: ${meta.loadgen === 'wrk' ? 'wrk (the GETs, client_credentials, introspection, refresh, the code flow) and ' : ''}bench/node/flow-load.mjs (${meta.loadgen === 'wrk' ? "sign-in, the code flow's sessions" : 'every scenario'}); node ${meta.node_version}, oidc-provider ${meta.oidc_provider}`);
const stores = [];
if (meta.db !== 'postgres') stores.push('a durable SQLite file in a fresh data folder');
if (pg) stores.push(`PostgreSQL ${meta.pg_version} at ${meta.pg_server} (a fresh database made for the run and dropped at its end; ours' connections using TLS at the end of the run: ${meta.pg_tls ?? 'unknown'})`);
p(`- storage: ours on ${stores.join(', and on ')}; oidc-provider its default in-memory adapter (an LRU of 1,000 entries, nothing written anywhere)`);
if (pg) {
  p(`- PostgreSQL is not pinned: its backends run on either core, beside our server (core ${serverCore}) or the generator (core ${loadCore}), and their CPU is not in the server's share (the details give it apart)`);
}
if (twoNodes) {
  p(`- two nodes (NODES=2): two \`idp serve\` on the same PostgreSQL database and issuer, node A on core ${serverCore} (the one-node PostgreSQL provider), node B on core ${loadCore}; the load is split between them (two wrk processes or two flow-load processes, half the connections each, started together, rates summed). With both cores given to servers, the generators and PostgreSQL are not pinned and share both cores with the two nodes: the two-node figure pays for the load generation and the database on the servers' cores, the one-node figure does not`);
}
p(`- argon2id: ${meta.argon2} for both (ours: its defaults, read back from the stored hash, unless forced)`);
p();
p('| scenario | ours (/s) | oidc-provider (/s) | ratio | target |');
p('| --- | ---: | ---: | ---: | --- |');

// The targets of issue 18 for a rate of ours against node's.
function targets(key, target, or, nr, who = 'ours') {
  let t = '';
  if (target) t = `>= ${target}x${or !== undefined && nr ? pass(or / nr >= target) : ''}`;
  if (key === 'signin') t = `${pct(or, argon2For(who))} of argon2id alone (>= 90%${or !== undefined && argon2For(who) ? pass(or / argon2For(who) >= 0.9) : ''})`;
  // The ceiling: a share of our own /healthz rate on the same core.
  const ceiling = rate('ours', 'healthz') ?? rate('ours_pg', 'healthz');
  const share = (want) => (or === undefined || !ceiling ? '' : `; ours ${((or / ceiling) * 100).toFixed(0)}% of /healthz (>= ${want}%${pass(or / ceiling >= want / 100)})`);
  if (key === 'discovery' || key === 'jwks') t = share(80).replace(/^; /, '');
  if (key === 'cc') t += share(33);
  if (key === 'healthz') t = 'ceiling';
  return t;
}

for (const [key, label, target, short] of scenarios) {
  const or = rate('ours', key);
  const gr = rate('ours_pg', key);
  const g2 = rate('ours_pg2', key);
  const nr = rate('node', key);
  const o = get('ours', key);
  const g = get('ours_pg', key);
  if (o || (get('node', key) && !g)) p(`| ${label} | ${fmt(or, 1)} | ${fmt(nr, 1)} | ${ratio(or, nr)} | ${targets(key, target, or, nr)} |`);
  if (g) {
    let t = o ? `${pct(gr, or)} of SQLite (>= 60%${gr !== undefined && or ? pass(gr / or >= 0.6) : ''})` : targets(key, target, gr, nr, 'ours_pg');
    if (key === 'signin' && o) t += `; ${pct(gr, argon2For('ours_pg'))} of argon2id alone`;
    p(`| ${o ? short : label}: ours on PostgreSQL | ${fmt(gr, 1)} | ${fmt(nr, 1)} | ${ratio(gr, nr)} | ${t} |`);
  }
  if (get('ours_pg2', key)) {
    p(`| ${get('ours_pg', key) || o ? short : label}: ours on PostgreSQL, two nodes | ${fmt(g2, 1)} | | | ${ratio(g2, gr)} one node (>= 1.6x${g2 !== undefined && gr ? pass(g2 / gr >= 1.6) : ''}) |`);
  }
}
// Sign-ins against argon2id alone: for ours on SQLite, else on PostgreSQL.
const ourSignin = rate('ours', 'signin') !== undefined ? 'ours' : 'ours_pg';
const os = rate(ourSignin, 'signin');
const ns = rate('node', 'signin');
const ors = argon2For(ourSignin);
const nrs = argon2For('node');
p(`| argon2id alone, one core: Rust \`argon2\` 0.5.3 (ours' library) / libargon2 via npm \`argon2\` (theirs) | ${fmt(rust, 1)} | ${fmt(nodeRef, 1)} | ${ratio(rust, nodeRef)} | |`);
if (bracketed(ourSignin) !== undefined || bracketed('node') !== undefined) {
  p(`| the same, mean of the readings right before and after each provider's sign-ins | ${fmt(ors, 1)} | ${fmt(nrs, 1)} | ${ratio(ors, nrs)} | |`);
}
p(`| sign-ins as a share of argon2id alone with the provider's own library | ${pct(os, ors)} | ${pct(ns, nrs)} | | >= 90%${os !== undefined && ors ? pass(os / ors >= 0.9) : ''} |`);

// Memory: a row per metric and store of ours; node's figure beside each.
const rss = (who, k) => mib(meta[`${who}_rss_${k}`]);
const measured = ['ours', 'ours_pg'].filter((who) => meta[`${who}_rss_idle`] !== undefined);
// Without ours (ONLY=node) one row each, with node's figure.
const memProviders = measured.length ? measured : ['ours'];
const memRow = (label, k, limit, extra = () => '', pgNote = '') => {
  for (const who of memProviders) {
    const suffix = who === 'ours_pg' ? `: ours on PostgreSQL${pgNote}` : '';
    const v = rss(who, k);
    const n = rss('node', k);
    if (v === undefined && n === undefined) continue;
    const t = limit === undefined ? '' : `<= ${limit} MiB${v !== undefined ? pass(v <= limit) : ''}`;
    p(`| ${label}${suffix} | ${fmt(v, 1)} | ${fmt(n, 1)} | ${ratio(v, n)} | ${[t, extra(who)].filter(Boolean).join('; ')} |`);
  }
};
// What VmRSS did over the idle seconds: the reading right after the load, and when it first
// was under 24 MiB.
const settled = (k) => (who) => {
  const start = rss(who, `${k}_start`);
  const under = meta[`${who}_rss_${k}_under`];
  const parts = [];
  if (start !== undefined) parts.push(`${fmt(start, 1)} MiB right after`);
  if (under) parts.push(`under 24 MiB after ${under} s`);
  else if (rss(who, k) !== undefined) parts.push('not under 24 MiB within the wait');
  return parts.join(', ');
};
memRow('resident memory idle after start (MiB)', 'idle', 16);
if (meta.demo_rss_idle !== undefined) {
  const d = mib(meta.demo_rss_idle);
  p(`| resident memory of \`idp demo\` idle, 2 s after it answers (MiB; its own SQLite data folder) | ${fmt(d, 1)} | | | <= 16 MiB${d !== undefined ? pass(d <= 16) : ''} |`);
}
memRow('resident memory peak under the load above (MiB, VmHWM)', 'peak', 64, undefined, twoNodes ? ' (node A, which also served half of the two-node load)' : '');
const idle = meta.idle_wait ?? '30';
if (num(meta.signins) > 0) {
  memRow(`resident memory after ${fmt(num(meta.signins))} more sign-ins (at least: see the details) and ${idle} s idle (MiB, VmRSS)`, 'signins', 24, settled('signins'));
}
if (num(meta.burst) > 0) {
  memRow(`resident memory peak after ${meta.burst} parallel sign-ins (MiB, VmHWM)`, 'burst', 64);
  memRow(`resident memory after the burst and ${idle} s idle (MiB, VmRSS)`, 'after_burst', 24, settled('after_burst'));
  for (const who of memProviders) {
    const a = num(get(who, 'burst')?.rate);
    const b = num(get('node', 'burst')?.rate);
    if (a === undefined && b === undefined) continue;
    p(`| sign-ins/s during the ${meta.burst}-parallel burst${who === 'ours_pg' ? ': ours on PostgreSQL' : ''} | ${fmt(a, 1)} | ${fmt(b, 1)} | ${ratio(a, b)} | |`);
  }
}
p();
p('Ratios are ours / oidc-provider (for memory, lower is better); a two-node row is compared with the one-node PostgreSQL row of the same run.');
if (meta.ours_pg_b_rss_peak !== undefined) p(`Node B's peak (VmHWM) after the two-node runs: ${fmt(mib(meta.ours_pg_b_rss_peak), 1)} MiB.`);

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
p(`CPU as a share of one core: the server's (two nodes: A + B), the PostgreSQL backends of the bench database (summed), the generator's (summed over its processes); machine: the share of all ${meta.nproc} cores busy, whoever used them (well above what the server, PostgreSQL and the generator add up to means other processes on the machine took the rest, and the row is not a figure to quote). For the flow-load scenarios the server's and the machine's figures include the loops' set-up and warm-up. \`signins\` is the ${fmt(num(meta.signins))} sign-ins before the memory reading.`);
p();
p('| scenario | provider | completed | errors | server CPU | PostgreSQL CPU | generator CPU | machine CPU (% of all cores) | first error |');
p('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results.filter((x) => x.scenario !== 'oracle')) {
  const sample = (r.error_samples && r.error_samples[0]) || '';
  p(`| ${r.scenario} | ${names[r.provider] ?? r.provider} | ${fmt(num(r.completed))} | ${fmt(num(r.errors))} | ${r.server_cpu ?? ''} | ${r.db_cpu ?? ''} | ${r.gen_cpu ?? ''} | ${r.machine_cpu ?? ''} | ${sample.replace(/\|/g, '\\|').slice(0, 160)} |`);
}
for (const who of Object.keys(names)) {
  if (meta[`${who}_died`]) p(`\n**${names[who]} exited during the memory checks.**`);
}
p();
console.log(out.join('\n'));
