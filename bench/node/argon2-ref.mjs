// `node argon2-ref.mjs M_KIB T P SECONDS`: verifies one argon2id hash (libargon2 through the
// npm `argon2` package, as node oidc-provider's sign-in in server.mjs does) back to back for
// SECONDS and prints {"hashes":N,"seconds":S,"rate":R}. Two verifications are kept in flight so
// the libuv pool never idles; run it under `taskset -c 0` to get the one-core figure.
import argon2 from 'argon2';

const [m, t, p, seconds] = process.argv.slice(2).map(Number);
const options = { type: argon2.argon2id, memoryCost: m, timeCost: t, parallelism: p };
const password = 'correct horse battery staple';
const hash = await argon2.hash(password, options);
const start = Date.now();
const deadline = start + seconds * 1000;
let hashes = 0;
await Promise.all([0, 1].map(async () => {
  while (Date.now() < deadline) {
    if (!(await argon2.verify(hash, password))) throw new Error('verify failed');
    hashes += 1;
  }
}));
const secs = (Date.now() - start) / 1000;
console.log(JSON.stringify({ hashes, seconds: secs, rate: Math.round((hashes / secs) * 10) / 10 }));
