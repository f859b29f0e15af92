// The QR codes the app reads: the provider's two schemes, and everything else refused with a
// message that says what is wrong.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parsePayload, sameIssuer } from "../payload.js";

const catalogue = JSON.parse(readFileSync(new URL("../messages/en.json", import.meta.url), "utf8"));

function refused(text, key) {
  let error;
  try {
    parsePayload(text);
  } catch (e) {
    error = e;
  }
  assert.ok(error, `accepted: ${text}`);
  assert.equal(error.name, "PayloadError", String(error));
  assert.equal(error.key, key, text);
  assert.ok(catalogue[error.key], `no message for ${error.key}`);
  return error;
}

test("the enrolment QR code, as the provider writes it", () => {
  // idp/src/authn/devices/enrolment.rs: serde_urlencoded of issuer, token, account.
  const p = parsePayload("eulogin-enrol:v1?issuer=http%3A%2F%2F127.0.0.1%3A8080&token=abc_DEF-123&account=a***%40x.eu");
  assert.deepEqual(p, { kind: "enrol", issuer: "http://127.0.0.1:8080", token: "abc_DEF-123", account: "a***@x.eu" });
  // Pasted with spaces and a line break around it; a trailing slash on the issuer; no account.
  const q = parsePayload("  eulogin-enrol:v1?issuer=https%3A%2F%2Flogin.example.org%2F&token=t0k\n");
  assert.deepEqual(q, { kind: "enrol", issuer: "https://login.example.org", token: "t0k", account: "" });
});

test("the sign-in QR code, as the provider writes it", () => {
  const p = parsePayload(
    "eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256&q=01234567&client=CPMS",
  );
  assert.deepEqual(p, {
    kind: "signin",
    issuer: "https://idp",
    suite: "OCRA-1:HOTP-SHA256-8:QN08-PSHA256",
    question: "01234567",
    client: "CPMS",
  });
  // `+` is a space in form encoding, as in the provider's serde_urlencoded.
  assert.equal(parsePayload("eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256&q=1&client=My+App").client, "My App");
});

test("other schemes are refused", () => {
  refused("https://example.org/?a=b", "qr-not-eulogin");
  refused("otpauth://totp/x?secret=ABC", "qr-not-eulogin");
  refused("WIFI:T:WPA;S:home;P:secret;;", "qr-not-eulogin");
  refused("just some text", "qr-not-eulogin");
  const e = refused("eulogin-enrol:v2?issuer=x&token=y", "qr-other-version");
  assert.equal(e.params.scheme, "eulogin-enrol:v2");
  refused("", "qr-empty");
  refused("   ", "qr-empty");
});

test("damaged codes are refused and say what is missing", () => {
  assert.equal(refused("eulogin-enrol:v1?issuer=http%3A%2F%2Fidp", "qr-damaged").params.field, "token");
  assert.equal(refused("eulogin-enrol:v1?token=abc", "qr-damaged").params.field, "issuer");
  assert.equal(refused("eulogin-enrol:v1?issuer=http%3A%2F%2Fidp&token=", "qr-damaged").params.field, "token");
  assert.equal(refused("eulogin-enrol:v1?issuer=not-a-url&token=abc", "qr-damaged").params.field, "issuer");
  assert.equal(refused("eulogin-enrol:v1?issuer=javascript%3Aalert(1)&token=abc", "qr-damaged").params.field, "issuer");
  assert.equal(refused(`eulogin-enrol:v1?issuer=http%3A%2F%2Fidp&token=${"a".repeat(201)}`, "qr-damaged").params.field, "token");
  // Cut short while copying.
  assert.equal(refused("eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256&", "qr-damaged").params.field, "q");
  assert.equal(refused("eulogin-qr:v1?issuer=https%3A%2F%2Fidp&q=12345678", "qr-damaged").params.field, "suite");
  // A question that does not fit the suite.
  const suite = "OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256";
  assert.equal(refused(`eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=${suite}&q=1234567a`, "qr-damaged").params.field, "q");
  assert.equal(refused(`eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=${suite}&q=123456789`, "qr-damaged").params.field, "q");
  // A suite the app cannot compute.
  assert.equal(
    refused("eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=OCRA-1%3AHOTP-MD5-8%3AQN08&q=12345678", "qr-suite-unsupported").params.suite,
    "OCRA-1:HOTP-MD5-8:QN08",
  );
});

test("issuers compare as mobile-app compares them: trailing slashes aside", () => {
  assert.ok(sameIssuer("http://idp/", "http://idp"));
  assert.ok(!sameIssuer("http://idp", "https://idp"));
});

test("every message of a refused code has its placeholders filled", () => {
  for (const [text, key] of [
    ["eulogin-enrol:v2?x=y", "qr-other-version"],
    ["eulogin-enrol:v1?issuer=http%3A%2F%2Fidp", "qr-damaged"],
    ["eulogin-qr:v1?issuer=https%3A%2F%2Fidp&suite=bad&q=1", "qr-suite-unsupported"],
  ]) {
    const e = refused(text, key);
    const placeholders = [...catalogue[key].matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
    assert.deepEqual(Object.keys(e.params).sort(), placeholders.sort(), key);
  }
});
