// OCRA, the OATH challenge-response algorithm (RFC 6287), for the offline QR codes (J9).
//
// The same suites and the same encoding as the provider's `keys/src/ocra.rs`:
// `OCRA-1:HOTP-{SHA1,SHA256,SHA512}-{4..10}:[C-]Q{N,A,H}{04..64}[-P{SHA1,SHA256,SHA512}][-S{nnn}][-T{n}{S,M,H}]`.
// DataInput = suite || 0x00 || [C, 8 bytes] || Q (128 bytes) || [P] || [S] || [T, 8 bytes];
// HMAC with the device secret (a non-extractable WebCrypto key), then dynamic truncation.
// Checked against every test vector of the RFC's appendix C (test/ocra.test.mjs).

/** The suite the provider issues. */
export const PROVIDER_SUITE = "OCRA-1:HOTP-SHA256-8:QN08-PSHA256";

/** A refused suite or input; `key` names the catalogue text that explains it. */
export class OcraError extends Error {
  constructor(key, detail) {
    super(`${key}: ${detail}`);
    this.name = "OcraError";
    this.key = key;
    this.detail = detail;
  }
}

const HASHES = { SHA1: "SHA-1", SHA256: "SHA-256", SHA512: "SHA-512" };
const HASH_LEN = { "SHA-1": 20, "SHA-256": 32, "SHA-512": 64 };

/**
 * Parses a suite. Returns `{text, hash, digits, counter, question: {format, max},
 * password, sessionLength, timeStep}`; `hash` and `password` are WebCrypto names
 * ("SHA-256"), `password` null without `P`, `timeStep` in seconds or null.
 */
export function parseSuite(text) {
  const bad = () => new OcraError("ocra-suite-unsupported", String(text));
  if (typeof text !== "string") throw bad();
  const parts = text.split(":");
  if (parts.length !== 3 || parts[0] !== "OCRA-1") throw bad();
  const crypto = parts[1].split("-");
  if (crypto.length !== 3 || crypto[0] !== "HOTP") throw bad();
  const hash = HASHES[crypto[1]];
  if (!hash || !/^[0-9]{1,2}$/.test(crypto[2])) throw bad();
  const digits = Number(crypto[2]);
  if (digits < 4 || digits > 10) throw bad();
  const suite = {
    text,
    hash,
    digits,
    counter: false,
    question: { format: "N", max: 8 },
    password: null,
    sessionLength: null,
    timeStep: null,
  };
  const items = parts[2].split("-");
  let i = 0;
  if (items[0] === "C") {
    suite.counter = true;
    i = 1;
  }
  const q = /^Q([NAH])([0-9]{1,2})$/.exec(items[i] ?? "");
  if (!q) throw bad();
  const max = Number(q[2]);
  if (max < 4 || max > 64) throw bad();
  suite.question = { format: q[1], max };
  for (const item of items.slice(i + 1)) {
    let m;
    if ((m = /^P(SHA1|SHA256|SHA512)$/.exec(item))) {
      suite.password = HASHES[m[1]];
    } else if ((m = /^S([0-9]{1,3})$/.exec(item))) {
      const n = Number(m[1]);
      if (n > 512) throw bad();
      suite.sessionLength = n;
    } else if ((m = /^T([0-9]{1,10})([SMH])$/.exec(item))) {
      suite.timeStep = Number(m[1]) * { S: 1, M: 60, H: 3600 }[m[2]];
    } else {
      throw bad();
    }
  }
  return suite;
}

/**
 * The question as 128 bytes (RFC 6287 section 5.1, as its reference code encodes it). Any
 * question that fits is accepted, as the RFC's mutual challenge-response vectors need (two
 * 8-character challenges under `QA08`); the QR code reader (payload.js) holds a sign-in QR
 * code's question to the suite's length, as the provider does.
 */
export function questionBytes(suite, question) {
  const { format } = suite.question;
  const length = typeof question === "string" ? new TextEncoder().encode(question).length : 0;
  if (length === 0 || length > 128) throw new OcraError("ocra-question-invalid", "question length");
  const out = new Uint8Array(128);
  let hex;
  if (format === "N") {
    if (!/^[0-9]+$/.test(question)) throw new OcraError("ocra-question-invalid", "numeric question");
    // The decimal value in hexadecimal, without leading zeros ("0" for zero).
    hex = BigInt(question).toString(16).toUpperCase();
    if (hex.length > 256) throw new OcraError("ocra-question-invalid", "question length");
  } else if (format === "H") {
    if (!/^[0-9A-Fa-f]+$/.test(question)) throw new OcraError("ocra-question-invalid", "hexadecimal question");
    hex = question.toUpperCase();
    if (hex.length > 256) throw new OcraError("ocra-question-invalid", "question length");
  } else {
    out.set(new TextEncoder().encode(question));
    return out;
  }
  // Left-aligned, zero-padded: an odd number of digits leaves a zero nibble on the right.
  for (let i = 0; i < hex.length; i++) {
    out[i >> 1] |= parseInt(hex[i], 16) << (i % 2 === 0 ? 4 : 0);
  }
  return out;
}

function uint64(value, what) {
  let v;
  try {
    v = BigInt(value);
  } catch {
    throw new OcraError("ocra-input-missing", what);
  }
  if (v < 0n || v >= 1n << 64n) throw new OcraError("ocra-input-missing", what);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v);
  return out;
}

/**
 * The DataInput of one computation. `input`: `{counter, question, passwordHash, session,
 * timestamp}` (`passwordHash` already hashed with the suite's `P` hash, `timestamp` in time
 * steps, e.g. minutes since the epoch for `T1M`).
 */
export function dataInput(suite, input) {
  const parts = [new TextEncoder().encode(suite.text), new Uint8Array([0])];
  if (suite.counter) {
    if (input.counter === undefined || input.counter === null) throw new OcraError("ocra-input-missing", "counter");
    parts.push(uint64(input.counter, "counter"));
  }
  parts.push(questionBytes(suite, input.question));
  if (suite.password) {
    const p = input.passwordHash;
    if (!p) throw new OcraError("ocra-input-missing", "PIN hash");
    const bytes = new Uint8Array(p);
    if (bytes.length !== HASH_LEN[suite.password]) throw new OcraError("ocra-input-missing", "PIN hash length");
    parts.push(bytes);
  }
  if (suite.sessionLength !== null) {
    const s = input.session;
    if (!s) throw new OcraError("ocra-input-missing", "session information");
    const bytes = new Uint8Array(s);
    if (bytes.length !== suite.sessionLength) throw new OcraError("ocra-input-missing", "session information length");
    parts.push(bytes);
  }
  if (suite.timeStep !== null) {
    if (input.timestamp === undefined || input.timestamp === null) throw new OcraError("ocra-input-missing", "timestamp");
    parts.push(uint64(input.timestamp, "timestamp"));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Dynamic truncation (RFC 4226 section 5.3) to `digits` decimal digits. */
export function truncate(mac, digits) {
  const m = new Uint8Array(mac);
  const offset = m[m.length - 1] & 0x0f;
  const binary = ((m[offset] & 0x7f) * 2 ** 24) + (m[offset + 1] << 16) + (m[offset + 2] << 8) + m[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The digest of the PIN (as UTF-8) with the suite's `P` hash. */
export async function pinHash(suite, pin) {
  if (!suite.password) throw new OcraError("ocra-no-pin", suite.text);
  return new Uint8Array(await globalThis.crypto.subtle.digest(suite.password, new TextEncoder().encode(pin)));
}

/**
 * Imports the device secret (raw bytes) as a non-extractable HMAC key for the suite's hash.
 * Only this key is kept; the raw bytes are overwritten by the caller.
 */
export function importSecret(suite, secret, extractable = false) {
  return globalThis.crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: suite.hash }, extractable, ["sign"]);
}

/**
 * Computes the OCRA response of `suite` (parsed) under `key`: a WebCrypto HMAC key whose hash
 * is the suite's, or raw key bytes (tests).
 */
export async function compute(suite, key, input) {
  const message = dataInput(suite, input);
  let cryptoKey = key;
  if (!(typeof CryptoKey !== "undefined" && key instanceof CryptoKey)) {
    cryptoKey = await importSecret(suite, key);
  } else if (key.algorithm?.name !== "HMAC" || key.algorithm?.hash?.name !== suite.hash) {
    throw new OcraError("ocra-suite-unsupported", `${suite.text} needs an HMAC key with ${suite.hash}`);
  }
  const mac = await globalThis.crypto.subtle.sign("HMAC", cryptoKey, message);
  return truncate(mac, suite.digits);
}
