// The two QR codes the provider shows, as `mobile-app/src/lib.rs` reads them:
// `eulogin-enrol:v1?issuer=&token=&account=` (adding a device, J7) and
// `eulogin-qr:v1?issuer=&suite=&q=&client=` (signing in offline, J9). Anything else is
// refused with a `PayloadError` whose `key` names the catalogue text that explains it.

import { parseSuite } from "./ocra.js";

export const ENROL_SCHEME = "eulogin-enrol:v1";
export const SIGNIN_SCHEME = "eulogin-qr:v1";

/** A QR code the app cannot use; `key` and `params` make the message shown. */
export class PayloadError extends Error {
  constructor(key, params = {}) {
    super(key);
    this.name = "PayloadError";
    this.key = key;
    this.params = params;
  }
}

const damaged = (field) => new PayloadError("qr-damaged", { field });

/** The issuer URL without trailing slashes; refuses what is not an http(s) URL. */
export function normaliseIssuer(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw damaged("issuer");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.search || url.hash) {
    throw damaged("issuer");
  }
  return text.trim().replace(/\/+$/, "");
}

/** Whether two issuers are the same (trailing slashes aside), as `mobile-app` compares them. */
export function sameIssuer(a, b) {
  return String(a).replace(/\/+$/, "") === String(b).replace(/\/+$/, "");
}

/**
 * Reads the text of a QR code. Returns `{kind: "enrol", issuer, token, account}` or
 * `{kind: "signin", issuer, suite, question, client}`; throws `PayloadError`.
 */
export function parsePayload(input) {
  const text = String(input ?? "").trim();
  if (!text) throw new PayloadError("qr-empty");
  const at = text.indexOf("?");
  if (at < 0) throw new PayloadError("qr-not-eulogin");
  const scheme = text.slice(0, at);
  if (scheme !== ENROL_SCHEME && scheme !== SIGNIN_SCHEME) {
    if (/^eulogin-(enrol|qr):/i.test(scheme)) {
      throw new PayloadError("qr-other-version", { scheme: shorten(scheme) });
    }
    throw new PayloadError("qr-not-eulogin");
  }
  const params = new URLSearchParams(text.slice(at + 1));
  const get = (k) => {
    const v = params.get(k);
    if (v === null || v.trim() === "") throw damaged(k);
    return v.trim();
  };
  if (scheme === ENROL_SCHEME) {
    const issuer = normaliseIssuer(get("issuer"));
    const token = get("token");
    if (token.length > 200 || /\s/.test(token)) throw damaged("token");
    return { kind: "enrol", issuer, token, account: (params.get("account") ?? "").trim() };
  }
  const issuer = normaliseIssuer(get("issuer"));
  const suiteText = get("suite");
  let suite;
  try {
    suite = parseSuite(suiteText);
  } catch {
    throw new PayloadError("qr-suite-unsupported", { suite: shorten(suiteText) });
  }
  const question = get("q");
  const { format, max } = suite.question;
  const pattern = { N: /^[0-9]+$/, H: /^[0-9A-Fa-f]+$/, A: /^[\x21-\x7e]+$/ }[format];
  if (!pattern.test(question) || question.length > Math.max(max, 4)) throw damaged("q");
  return { kind: "signin", issuer, suite: suiteText, question, client: (params.get("client") ?? "").trim() };
}

function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
