// OCRA (RFC 6287) as the app computes it: every test vector of the RFC's appendix C, the
// provider's suite against known answers, and refused suites and inputs.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import * as ocra from "../ocra.js";

const SEED20 = new TextEncoder().encode("12345678901234567890");
const SEED32 = new TextEncoder().encode("12345678901234567890123456789012");
const SEED64 = new TextEncoder().encode("1234567890123456789012345678901234567890123456789012345678901234");
const PIN_SHA1 = createHash("sha1").update("1234").digest();
const T = 0x132d0b6;
const repeat = (i, n = 8) => String(i).repeat(n);

async function check(suiteText, key, cases) {
  const suite = ocra.parseSuite(suiteText);
  for (const [input, want] of cases) {
    assert.equal(await ocra.compute(suite, key, input), want, `${suiteText} ${JSON.stringify(input)}`);
  }
}

test("RFC 6287 C.1 one-way: OCRA-1:HOTP-SHA1-6:QN08", async () => {
  const want = ["237653", "243178", "653583", "740991", "608993", "388898", "816933", "224598", "750600", "294470"];
  await check("OCRA-1:HOTP-SHA1-6:QN08", SEED20, want.map((w, i) => [{ question: repeat(i) }, w]));
});

test("RFC 6287 C.1 one-way: OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", async () => {
  const want = ["65347737", "86775851", "78192410", "71565254", "10104329", "65983500", "70069104", "91771096", "75011558", "08522129"];
  await check(
    "OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1",
    SEED32,
    want.map((w, c) => [{ counter: c, question: "12345678", passwordHash: PIN_SHA1 }, w]),
  );
});

test("RFC 6287 C.1 one-way: OCRA-1:HOTP-SHA256-8:QN08-PSHA1", async () => {
  const want = ["83238735", "01501458", "17957585", "86776967", "86807031"];
  await check("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", SEED32, want.map((w, i) => [{ question: repeat(i), passwordHash: PIN_SHA1 }, w]));
});

test("RFC 6287 C.1 one-way: OCRA-1:HOTP-SHA512-8:C-QN08", async () => {
  const want = ["07016083", "63947962", "70123924", "25341727", "33203315", "34205738", "44343969", "51946085", "20403879", "31409299"];
  await check("OCRA-1:HOTP-SHA512-8:C-QN08", SEED64, want.map((w, i) => [{ counter: i, question: repeat(i) }, w]));
});

test("RFC 6287 C.1 one-way: OCRA-1:HOTP-SHA512-8:QN08-T1M", async () => {
  const suite = ocra.parseSuite("OCRA-1:HOTP-SHA512-8:QN08-T1M");
  assert.equal(suite.timeStep, 60);
  const want = ["95209754", "55907591", "22048402", "24218844", "36209546"];
  await check("OCRA-1:HOTP-SHA512-8:QN08-T1M", SEED64, want.map((w, i) => [{ question: repeat(i), timestamp: T }, w]));
});

test("RFC 6287 C.2 mutual challenge-response: OCRA-1:HOTP-SHA256-8:QA08 (server and client)", async () => {
  await check("OCRA-1:HOTP-SHA256-8:QA08", SEED32, [
    [{ question: "CLI22220SRV11110" }, "28247970"],
    [{ question: "CLI22221SRV11111" }, "01984843"],
    [{ question: "CLI22222SRV11112" }, "65387857"],
    [{ question: "CLI22223SRV11113" }, "03351211"],
    [{ question: "CLI22224SRV11114" }, "83412541"],
    [{ question: "SRV11110CLI22220" }, "15510767"],
    [{ question: "SRV11111CLI22221" }, "90175646"],
    [{ question: "SRV11112CLI22222" }, "33777207"],
    [{ question: "SRV11113CLI22223" }, "95285278"],
    [{ question: "SRV11114CLI22224" }, "28934924"],
  ]);
});

test("RFC 6287 C.2 mutual challenge-response: OCRA-1:HOTP-SHA512-8:QA08 and -PSHA1", async () => {
  await check("OCRA-1:HOTP-SHA512-8:QA08", SEED64, [
    [{ question: "CLI22220SRV11110" }, "79496648"],
    [{ question: "CLI22221SRV11111" }, "76831980"],
    [{ question: "CLI22222SRV11112" }, "12250499"],
    [{ question: "CLI22223SRV11113" }, "90856481"],
    [{ question: "CLI22224SRV11114" }, "12761449"],
  ]);
  await check("OCRA-1:HOTP-SHA512-8:QA08-PSHA1", SEED64, [
    [{ question: "SRV11110CLI22220", passwordHash: PIN_SHA1 }, "18806276"],
    [{ question: "SRV11111CLI22221", passwordHash: PIN_SHA1 }, "70020315"],
    [{ question: "SRV11112CLI22222", passwordHash: PIN_SHA1 }, "01600026"],
    [{ question: "SRV11113CLI22223", passwordHash: PIN_SHA1 }, "18951020"],
    [{ question: "SRV11114CLI22224", passwordHash: PIN_SHA1 }, "32528969"],
  ]);
});

test("RFC 6287 C.3 plain signature: OCRA-1:HOTP-SHA256-8:QA08 and OCRA-1:HOTP-SHA512-8:QA10-T1M", async () => {
  await check("OCRA-1:HOTP-SHA256-8:QA08", SEED32, [
    [{ question: "SIG10000" }, "53095496"],
    [{ question: "SIG11000" }, "04110475"],
    [{ question: "SIG12000" }, "31331128"],
    [{ question: "SIG13000" }, "76028668"],
    [{ question: "SIG14000" }, "46554205"],
  ]);
  await check("OCRA-1:HOTP-SHA512-8:QA10-T1M", SEED64, [
    [{ question: "SIG1000000", timestamp: T }, "77537423"],
    [{ question: "SIG1100000", timestamp: T }, "31970405"],
    [{ question: "SIG1200000", timestamp: T }, "10235557"],
    [{ question: "SIG1300000", timestamp: T }, "95213541"],
    [{ question: "SIG1400000", timestamp: T }, "65360607"],
  ]);
});

// Known answers for the provider's suite, computed independently (Python's hmac and hashlib
// over the RFC's DataInput) with the inputs of keys/src/ocra.rs's and mobile-app/src/lib.rs's
// own tests (SEED32 with PIN 2580; the secret [7; 32] with PIN 4829).
test("the provider's suite OCRA-1:HOTP-SHA256-8:QN08-PSHA256 gives the known answers", async () => {
  const suite = ocra.parseSuite(ocra.PROVIDER_SUITE);
  assert.deepEqual(
    { hash: suite.hash, digits: suite.digits, counter: suite.counter, question: suite.question, password: suite.password },
    { hash: "SHA-256", digits: 8, counter: false, question: { format: "N", max: 8 }, password: "SHA-256" },
  );
  const seven = new Uint8Array(32).fill(7);
  const cases = [
    [SEED32, "12345678", "2580", "23811768"],
    [seven, "12345678", "4829", "82215140"],
    [seven, "00000000", "4829", "71590228"],
    [seven, "87654321", "1357", "95096611"],
  ];
  for (const [key, question, pin, want] of cases) {
    const passwordHash = await ocra.pinHash(suite, pin);
    assert.deepEqual(Buffer.from(passwordHash), createHash("sha256").update(pin).digest());
    assert.equal(await ocra.compute(suite, key, { question, passwordHash }), want, `${question}/${pin}`);
  }
});

test("a non-extractable HMAC key computes the same code, and refuses another hash", async () => {
  const suite = ocra.parseSuite(ocra.PROVIDER_SUITE);
  const key = await ocra.importSecret(suite, SEED32);
  assert.equal(key.extractable, false);
  assert.deepEqual(key.usages, ["sign"]);
  const passwordHash = await ocra.pinHash(suite, "2580");
  assert.equal(await ocra.compute(suite, key, { question: "12345678", passwordHash }), "23811768");
  const sha1Suite = ocra.parseSuite("OCRA-1:HOTP-SHA1-6:QN08");
  await assert.rejects(ocra.compute(sha1Suite, key, { question: "12345678" }), { name: "OcraError" });
});

test("the question is encoded as the RFC's reference code does", () => {
  const suite = ocra.parseSuite("OCRA-1:HOTP-SHA1-6:QN08");
  const q = ocra.questionBytes(suite, "11111111");
  assert.equal(q.length, 128);
  // 11111111 = 0xA98AC7, left-aligned.
  assert.deepEqual([...q.subarray(0, 4)], [0xa9, 0x8a, 0xc7, 0]);
  assert.ok(q.subarray(3).every((b) => b === 0));
  // 0 is "0": one zero nibble. An odd number of hex digits leaves a zero nibble on the right.
  assert.ok(ocra.questionBytes(suite, "0").every((b) => b === 0));
  assert.deepEqual([...ocra.questionBytes(suite, "4095").subarray(0, 2)], [0xff, 0xf0]);
  const hex = ocra.parseSuite("OCRA-1:HOTP-SHA1-6:QH08");
  assert.deepEqual([...ocra.questionBytes(hex, "abc").subarray(0, 2)], [0xab, 0xc0]);
  const alpha = ocra.parseSuite("OCRA-1:HOTP-SHA1-6:QA08");
  assert.deepEqual([...ocra.questionBytes(alpha, "SIG1").subarray(0, 5)], [0x53, 0x49, 0x47, 0x31, 0]);
});

test("the DataInput is suite || 00 || C || Q || P || S || T", () => {
  const suite = ocra.parseSuite("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1-S064-T1M");
  assert.equal(suite.sessionLength, 64);
  const session = new Uint8Array(64).fill(0xa5);
  const data = ocra.dataInput(suite, { counter: 258, question: "12345678", passwordHash: PIN_SHA1, session, timestamp: T });
  const text = suite.text.length;
  assert.equal(data.length, text + 1 + 8 + 128 + 20 + 64 + 8);
  assert.equal(new TextDecoder().decode(data.subarray(0, text)), suite.text);
  assert.equal(data[text], 0);
  assert.deepEqual([...data.subarray(text + 1, text + 9)], [0, 0, 0, 0, 0, 0, 1, 2]);
  assert.deepEqual(Buffer.from(data.subarray(text + 137, text + 157)), PIN_SHA1);
  assert.ok(data.subarray(text + 157, text + 221).every((b) => b === 0xa5));
  assert.deepEqual([...data.subarray(text + 221)], [0, 0, 0, 0, 0x01, 0x32, 0xd0, 0xb6]);
});

test("bad suites are refused, as keys/src/ocra.rs refuses them", () => {
  for (const bad of [
    "",
    "OCRA-2:HOTP-SHA1-6:QN08",
    "OCRA-1:HOTP-MD5-6:QN08",
    "OCRA-1:HOTP-SHA1-3:QN08",
    "OCRA-1:HOTP-SHA1-11:QN08",
    "OCRA-1:HOTP-SHA1-6:QX08",
    "OCRA-1:HOTP-SHA1-6:QN03",
    "OCRA-1:HOTP-SHA1-6:QN65",
    "OCRA-1:HOTP-SHA1-6:QN08-PMD5",
    "OCRA-1:HOTP-SHA1-6:QN08-T1X",
    "OCRA-1:HOTP-SHA1-6:QN08-S513",
    "OCRA-1:HOTP-SHA1-4:QN04-T\u00a1",
    "OCRA-1:HOTP-SHA1-4:QN04-T5124095576030432H",
    "OCRA-1:HOTP-SHA1-6:C",
    "OCRA-1:HOTP-SHA1-6:QN08:extra",
    "OCRA-1::QA08",
  ]) {
    assert.throws(() => ocra.parseSuite(bad), { name: "OcraError", key: "ocra-suite-unsupported" }, bad);
  }
});

test("bad inputs are refused", async () => {
  const suite = ocra.parseSuite(ocra.PROVIDER_SUITE);
  const passwordHash = await ocra.pinHash(suite, "1234");
  await assert.rejects(ocra.compute(suite, SEED32, { question: "12345678" }), { key: "ocra-input-missing" });
  await assert.rejects(ocra.compute(suite, SEED32, { question: "1234abcd", passwordHash }), { key: "ocra-question-invalid" });
  await assert.rejects(ocra.compute(suite, SEED32, { question: "1".repeat(129), passwordHash }), { key: "ocra-question-invalid" });
  await assert.rejects(ocra.compute(suite, SEED32, { question: "", passwordHash }), { key: "ocra-question-invalid" });
  await assert.rejects(ocra.compute(suite, SEED32, { question: "12345678", passwordHash: PIN_SHA1 }), { key: "ocra-input-missing" });
  const counter = ocra.parseSuite("OCRA-1:HOTP-SHA256-8:C-QN08");
  await assert.rejects(ocra.compute(counter, SEED32, { question: "12345678" }), { key: "ocra-input-missing" });
  await assert.rejects(ocra.pinHash(ocra.parseSuite("OCRA-1:HOTP-SHA1-6:QN08"), "1234"), { key: "ocra-no-pin" });
});
