// Reference provider for bench/run.sh: node `oidc-provider` configured like our `idp`
// for the benchmarked paths.
//
// - one confidential client (client_secret_basic; authorization_code, refresh_token,
//   client_credentials), PKCE S256 required, refresh tokens rotated on every use;
// - opaque access tokens, introspection and revocation enabled;
// - the default in-memory adapter (what people benchmark it with; ours is durable SQLite);
// - an identifier-first sign-in with the same form ids and field names as ours
//   (`identifier-form`/`email`, then `password-form`/`password`), checking an argon2id hash
//   made with the same parameters as ours (libargon2 through the npm `argon2` package,
//   run on libuv's thread pool);
// - consent skipped for this first-party client (as ours does), so an authenticated
//   session goes straight from /authorize to the redirect with a code.
//
// Configuration by environment: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI,
// USER_EMAIL, USER_PASSWORD, ARGON2_M (KiB), ARGON2_T, ARGON2_P.
import http from 'node:http';
import crypto from 'node:crypto';
import argon2 from 'argon2';
import Provider from 'oidc-provider';

const env = (name, fallback) => process.env[name] ?? fallback;
const port = Number(env('PORT', '4000'));
const issuer = `http://127.0.0.1:${port}`;
const clientId = env('CLIENT_ID', 'bench');
const clientSecret = env('CLIENT_SECRET', 'bench-secret-bench-secret-bench-secret');
const redirectUri = env('REDIRECT_URI', 'http://127.0.0.1:9000/callback');
const userEmail = env('USER_EMAIL', 'bench@example.org');
const userPassword = env('USER_PASSWORD', 'correct horse battery staple');
const argon2Options = {
  type: argon2.argon2id,
  memoryCost: Number(env('ARGON2_M', '19456')),
  timeCost: Number(env('ARGON2_T', '2')),
  parallelism: Number(env('ARGON2_P', '1')),
};

// One account, stored the way ours stores it: an argon2id PHC string.
const accounts = new Map([
  [userEmail, {
    accountId: crypto.randomUUID(),
    email: userEmail,
    passwordHash: await argon2.hash(userPassword, argon2Options),
  }],
]);
const accountsById = new Map([...accounts.values()].map((a) => [a.accountId, a]));
// Stands in for the hash of an unknown account, so unknown and wrong cases cost the same.
const dummyHash = await argon2.hash(crypto.randomBytes(16).toString('hex'), argon2Options);

// ES256 like ours (its default signing algorithm).
const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signingJwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'ES256', kid: 'bench-es256' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
    redirect_uris: [redirectUri],
    id_token_signed_response_alg: 'ES256',
    scope: 'openid profile email offline_access',
  }],
  jwks: { keys: [signingJwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  routes: {
    authorization: '/authorize',
    token: '/token',
    introspection: '/introspect',
    revocation: '/revoke',
    userinfo: '/userinfo',
    jwks: '/jwks.json',
    end_session: '/logout',
  },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true, allowedPolicy: async () => true },
    revocation: { enabled: true, allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId },
    rpInitiatedLogout: { enabled: true },
  },
  pkce: { required: () => true },
  rotateRefreshToken: true,
  // A refresh token whenever the client may use the grant (as ours), not only for offline_access.
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: {
    AccessToken: 10 * 60, // ours: 600 s
    AuthorizationCode: 60,
    ClientCredentials: 10 * 60,
    IdToken: 60 * 60,
    RefreshToken: 14 * 24 * 60 * 60,
    Interaction: 60 * 60,
    Session: 14 * 24 * 60 * 60,
    Grant: 14 * 24 * 60 * 60,
  },
  claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
  async findAccount(ctx, sub) {
    const account = accountsById.get(sub);
    if (!account) return undefined;
    return { accountId: sub, async claims() { return { sub, email: account.email }; } };
  },
  // First-party client: no consent screen (same as ours).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const existing = await ctx.oidc.provider.Grant.find(grantId);
      if (existing) return existing;
    }
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile email offline_access');
    await grant.save();
    return grant;
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async renderError(ctx, out) {
    ctx.type = 'json';
    ctx.body = out;
  },
});

const page = (title, body) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const csrf = () => crypto.randomBytes(16).toString('base64url');
const identifierForm = (uid) => page('Sign in', `<form id="identifier-form" method="post" action="/interaction/${uid}/identifier">`
  + `<input type="hidden" name="csrf" value="${csrf()}"><input type="hidden" name="flow" value="${uid}">`
  + '<input name="email" type="email"><input type="checkbox" name="remember" value="1">'
  + '<button type="submit">Next</button></form>');
const passwordForm = (uid, status) => page('Password', `${status ? '<p>Invalid e-mail address or password</p>' : ''}`
  + `<form id="password-form" method="post" action="/interaction/${uid}/password">`
  + `<input type="hidden" name="csrf" value="${csrf()}"><input type="hidden" name="flow" value="${uid}">`
  + '<input name="password" type="password"><select name="method"><option value="password" selected>Password</option></select>'
  + '<button type="submit">Sign in</button></form>');

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

// Minimal interaction screens; everything else goes to oidc-provider.
async function interactions(req, res, path) {
  const details = await provider.interactionDetails(req, res);
  const { uid } = details;
  if (req.method === 'GET' && path === `/interaction/${uid}`) {
    return send(res, 200, identifierForm(uid));
  }
  if (req.method === 'POST' && path === `/interaction/${uid}/identifier`) {
    const form = await readForm(req);
    const email = (form.get('email') || '').trim().toLowerCase();
    // Remember the identifier on the interaction, then show the password step.
    await provider.interactionResult(req, res, { identifier: { email } }, { mergeWithLastSubmission: true });
    res.writeHead(303, { location: `/interaction/${uid}/password` });
    return res.end();
  }
  if (req.method === 'GET' && path === `/interaction/${uid}/password`) {
    return send(res, 200, passwordForm(uid, false));
  }
  if (req.method === 'POST' && path === `/interaction/${uid}/password`) {
    const form = await readForm(req);
    const email = details.result?.identifier?.email;
    const account = email ? accounts.get(email) : undefined;
    const ok = await argon2.verify(account ? account.passwordHash : dummyHash, form.get('password') || '');
    if (!ok || !account) return send(res, 401, passwordForm(uid, true));
    return provider.interactionFinished(req, res, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
  }
  return send(res, 404, page('Not found', 'not found'));
}

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, issuer).pathname;
  if (path.startsWith('/interaction/')) {
    try {
      await interactions(req, res, path);
    } catch (err) {
      if (!res.headersSent) send(res, 400, page('Error', String(err.message)));
      else res.end();
    }
    return;
  }
  if (path === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    return;
  }
  callback(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`node oidc-provider ready at ${issuer} (argon2id m=${argon2Options.memoryCost} t=${argon2Options.timeCost} p=${argon2Options.parallelism})`);
});
