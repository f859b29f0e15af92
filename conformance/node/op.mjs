// Reference OpenID Provider for proving the conformance runner right: node oidc-provider (a
// certified implementation) with its development interactions (any login/password accepted).
// Usage: node op.mjs PORT CLIENTS_JSON_FILE
import http from 'node:http';
import fs from 'node:fs';
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const clients = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const issuer = `http://127.0.0.1:${port}`;

const claimsFor = (sub) => ({
  sub,
  name: 'Test User',
  given_name: 'Test',
  family_name: 'User',
  preferred_username: 'test',
  locale: 'en',
  updated_at: 1700000000,
  email: sub,
  email_verified: true,
  address: { country: 'BE', locality: 'Brussels' },
  phone_number: '+32 2 000 00 00',
  phone_number_verified: false,
});

const configuration = {
  clients,
  findAccount: async (ctx, id) => ({
    accountId: id,
    async claims() {
      return claimsFor(id);
    },
  }),
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username', 'locale', 'updated_at'],
    email: ['email', 'email_verified'],
    address: ['address'],
    phone: ['phone_number', 'phone_number_verified'],
    acr: null,
    auth_time: null,
    sid: null,
  },
  acrValues: ['urn:conformance:basic', 'urn:conformance:medium'],
  features: {
    devInteractions: { enabled: true },
    claimsParameter: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    backchannelLogout: { enabled: true },
  },
  pkce: { required: () => false },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  // the runner's back-channel endpoint is on loopback, which oidc-provider's SSRF guard blocks
  fetch: (url, options) => fetch(url, { ...options, dispatcher: undefined }),
  // the authorization endpoint by POST (oidcc-ensure-post-request-succeeds) needs both
  enableHttpPostMethods: true,
  cookies: { keys: ['conformance-reference-op-cookie-key'], long: { sameSite: 'none' } },
};

const provider = new Provider(issuer, configuration);
provider.on('backchannel.error', (ctx, err, client) => {
  console.error(`backchannel.error ${client.clientId}: ${err}`);
});
http.createServer(provider.callback()).listen(port, '127.0.0.1', () => {
  console.log(`READY ${issuer}`);
});
