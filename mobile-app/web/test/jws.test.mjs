// The device key and its JWS, as the provider verifies them (idp/src/authn/devices/mod.rs):
// compact ES256, header {alg, typ, kid = device id}, the claims of mobile-app/src/client.rs,
// a signature that verifies with the public JWK sent at enrolment.
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerJws, b64urlDecode, b64urlEncode, decodeJws, deviceAuthorization, newDeviceKey, nonce, signJws } from "../jws.js";

const subtle = globalThis.crypto.subtle;

async function verifies(jws, publicJwk) {
  const [h, p, s] = jws.split(".");
  const key = await subtle.importKey("jwk", publicJwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  const signature = b64urlDecode(s);
  assert.equal(signature.length, 64, "ES256 signatures are r||s, 64 bytes");
  return subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, signature, new TextEncoder().encode(`${h}.${p}`));
}

async function device() {
  const { privateKey, publicJwk } = await newDeviceKey();
  return { account: { device_id: "dev-4f2a", issuer: "http://idp", sign_key: privateKey }, publicJwk, privateKey };
}

test("the device key is P-256, its private half cannot be exported, its JWK is public only", async () => {
  const { publicJwk, privateKey } = await device();
  assert.deepEqual(Object.keys(publicJwk).sort(), ["crv", "kty", "x", "y"]);
  assert.equal(publicJwk.kty, "EC");
  assert.equal(publicJwk.crv, "P-256");
  assert.equal(b64urlDecode(publicJwk.x).length, 32);
  assert.equal(b64urlDecode(publicJwk.y).length, 32);
  assert.equal(privateKey.extractable, false);
  assert.equal(privateKey.type, "private");
  await assert.rejects(subtle.exportKey("jwk", privateKey));
});

test("Authorization: Device <JWS> has the header and claims the provider checks", async () => {
  const { account, publicJwk } = await device();
  const before = Math.floor(Date.now() / 1000);
  const jws = await deviceAuthorization(account);
  assert.match(jws, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  const { header, claims } = decodeJws(jws);
  assert.deepEqual(header, { alg: "ES256", typ: "JWT", kid: "dev-4f2a" });
  assert.deepEqual(Object.keys(claims), ["device_id", "iat", "jti"]);
  assert.equal(claims.device_id, "dev-4f2a");
  assert.ok(Number.isInteger(claims.iat) && Math.abs(claims.iat - before) <= 1);
  assert.match(claims.jti, /^[0-9a-f]{32}$/);
  assert.ok(await verifies(jws, publicJwk));
  // A fresh jti every time: the provider accepts each once.
  assert.notEqual(decodeJws(await deviceAuthorization(account)).claims.jti, claims.jti);
});

test("an approval carries the number and the PIN; a denial neither", async () => {
  const { account, publicJwk } = await device();
  const approve = await answerJws(account, "push-1", "approve", 42, "4829");
  const a = decodeJws(approve);
  assert.deepEqual(a.header, { alg: "ES256", typ: "JWT", kid: "dev-4f2a" });
  assert.deepEqual(Object.keys(a.claims), ["device_id", "id", "decision", "number", "pin", "iat", "jti"]);
  assert.deepEqual(
    { device_id: a.claims.device_id, id: a.claims.id, decision: a.claims.decision, number: a.claims.number, pin: a.claims.pin },
    { device_id: "dev-4f2a", id: "push-1", decision: "approve", number: 42, pin: "4829" },
  );
  assert.equal(typeof a.claims.number, "number");
  assert.ok(await verifies(approve, publicJwk));
  const deny = await answerJws(account, "push-1", "deny");
  const d = decodeJws(deny);
  assert.deepEqual(Object.keys(d.claims), ["device_id", "id", "decision", "iat", "jti"]);
  assert.equal(d.claims.decision, "deny");
  assert.ok(await verifies(deny, publicJwk));
});

test("a signature by another key or over other claims does not verify", async () => {
  const one = await device();
  const two = await device();
  const jws = await signJws(one.privateKey, "dev", { device_id: "dev", iat: 1, jti: nonce() });
  assert.equal(await verifies(jws, two.publicJwk), false);
  const [h, , s] = jws.split(".");
  const forged = `${h}.${b64urlEncode(new TextEncoder().encode('{"device_id":"other"}'))}.${s}`;
  assert.equal(await verifies(forged, one.publicJwk), false);
});

test("base64url round-trips without padding and refuses other alphabets", () => {
  for (let n = 0; n < 70; n++) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(n));
    const text = b64urlEncode(bytes);
    assert.doesNotMatch(text, /[+/=]/);
    assert.deepEqual(b64urlDecode(text), bytes);
  }
  assert.throws(() => b64urlDecode("ab+/"));
  assert.throws(() => b64urlDecode("a b"));
});
