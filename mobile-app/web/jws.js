// The device key and its signatures, as `mobile-app/src/{lib,client}.rs` make them: a P-256
// key pair whose private half WebCrypto never lets out (non-extractable), and compact JWS
// (ES256, header `{alg, typ: "JWT", kid: device id}`) over the app's requests. WebCrypto's
// ECDSA signature is already r||s, the JWS form (RFC 7518 section 3.4).

const subtle = () => globalThis.crypto.subtle;

/** base64url without padding (RFC 7515 section 2). */
export function b64urlEncode(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes base64url (padding optional); throws on anything else. */
export function b64urlDecode(text) {
  if (typeof text !== "string" || !/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error("not base64url");
  const s = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(s + "=".repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const utf8 = (s) => new TextEncoder().encode(s);

/** Seconds since the epoch, the JWS `iat`. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A fresh `jti`: 16 random bytes in hexadecimal, as `mobile-app` makes them. */
export function nonce() {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/**
 * A new device key: `{privateKey, publicJwk}`; the private key cannot be exported, the
 * public JWK carries only `kty, crv, x, y`.
 */
export async function newDeviceKey() {
  const pair = await subtle().generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const jwk = await subtle().exportKey("jwk", pair.publicKey);
  return { privateKey: pair.privateKey, publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
}

/** A compact JWS (ES256, `kid`) over `claims`, signed by `privateKey`. */
export async function signJws(privateKey, kid, claims) {
  const header = { alg: "ES256", typ: "JWT", kid };
  const input = `${b64urlEncode(utf8(JSON.stringify(header)))}.${b64urlEncode(utf8(JSON.stringify(claims)))}`;
  const signature = await subtle().sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, utf8(input));
  return `${input}.${b64urlEncode(signature)}`;
}

/** The JWS of `Authorization: Device <JWS>`: `{device_id, iat, jti}`. */
export function deviceAuthorization(account) {
  return signJws(account.sign_key, account.device_id, {
    device_id: account.device_id,
    iat: nowSeconds(),
    jti: nonce(),
  });
}

/**
 * The signed answer to push request `id`: approve with the number chosen and the PIN, or
 * deny (no number, no PIN), with the claims in `mobile-app`'s order.
 */
export function answerJws(account, id, decision, number, pin) {
  const claims =
    decision === "approve"
      ? { device_id: account.device_id, id, decision: "approve", number, pin, iat: nowSeconds(), jti: nonce() }
      : { device_id: account.device_id, id, decision: "deny", iat: nowSeconds(), jti: nonce() };
  return signJws(account.sign_key, account.device_id, claims);
}

/** The header and claims of a compact JWS (no verification). */
export function decodeJws(jws) {
  const [h, p] = String(jws).split(".");
  const text = (x) => JSON.parse(new TextDecoder().decode(b64urlDecode(x)));
  return { header: text(h), claims: text(p) };
}
