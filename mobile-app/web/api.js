// The provider's app API (`idp/src/http/app_api.rs`), as `mobile-app/src/client.rs` speaks
// it, plus the Web Push subscription of the issue 16 contract. Every call goes to the
// account's issuer; refusals are `Refused` (the provider's `error` and `error_description`,
// the latter worded in the account's language), a network failure is `Unreachable`.

import { answerJws, deviceAuthorization } from "./jws.js";

/** The provider said no: HTTP status, its `error` code and its `error_description`. */
export class Refused extends Error {
  constructor(status, code, description) {
    super(`${code}: ${description}`);
    this.name = "Refused";
    this.status = status;
    this.code = code;
    this.description = description;
  }
}

/** The provider could not be reached (offline, down, or it refused this origin). */
export class Unreachable extends Error {
  constructor(issuer, cause) {
    super(`cannot reach the provider at ${issuer}`);
    this.name = "Unreachable";
    this.issuer = issuer;
    this.cause = cause;
  }
}

/** The provider answered something that is not its protocol. */
export class BadAnswer extends Error {
  constructor(status, what) {
    super(`the provider's answer (HTTP ${status}) ${what}`);
    this.name = "BadAnswer";
    this.status = status;
  }
}

export function apiUrl(issuer, path) {
  return `${String(issuer).replace(/\/+$/, "")}${path}`;
}

async function call(issuer, path, { method = "GET", body, authorization, signal } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (authorization) headers.Authorization = `Device ${authorization}`;
  let response;
  try {
    response = await fetch(apiUrl(issuer, path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
  } catch (e) {
    if (e?.name === "AbortError") throw e;
    throw new Unreachable(issuer, e);
  }
  let text;
  try {
    text = await response.text();
  } catch (e) {
    if (e?.name === "AbortError") throw e;
    throw new Unreachable(issuer, e);
  }
  let json = null;
  if (text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new BadAnswer(response.status, "is not JSON");
    }
  }
  if (!response.ok) {
    const field = (k) => (json && typeof json[k] === "string" ? json[k] : "");
    if (!json) throw new BadAnswer(response.status, "is a refusal without a reason");
    throw new Refused(response.status, field("error"), field("error_description"));
  }
  return json;
}

function field(body, key, status = 200) {
  const v = body?.[key];
  if (typeof v !== "string" || v === "") throw new BadAnswer(status, `lacks \`${key}\``);
  return v;
}

/**
 * `POST /app/v1/enrol {token, pin, public_jwk}` -> `{device_id, secret, ocra_suite,
 * account, issuer}`.
 */
export async function enrol(issuer, token, pin, publicJwk) {
  const body = await call(issuer, "/app/v1/enrol", { method: "POST", body: { token, pin, public_jwk: publicJwk } });
  return {
    device_id: field(body, "device_id"),
    secret: field(body, "secret"),
    ocra_suite: field(body, "ocra_suite"),
    account: typeof body?.account === "string" ? body.account : "",
    issuer: typeof body?.issuer === "string" ? body.issuer : "",
  };
}

/**
 * `GET /app/v1/push?wait=SECS` with `Authorization: Device <JWS>`: the requests waiting
 * for this device, `[{id, client_name, time, ip, browser, numbers, expires_at}]`.
 */
export async function pendingRequests(account, wait, signal) {
  const body = await call(account.issuer, `/app/v1/push?wait=${encodeURIComponent(wait)}`, {
    authorization: await deviceAuthorization(account),
    signal,
  });
  if (!Array.isArray(body?.requests)) throw new BadAnswer(200, "lacks `requests`");
  return body.requests.filter(
    (r) => r && typeof r.id === "string" && Array.isArray(r.numbers) && r.numbers.every((n) => Number.isInteger(n)),
  );
}

/**
 * `POST /app/v1/push/{id} {jws}`: approve (with the number and the PIN) or deny; resolves to
 * the provider's `status` (`approved` or `denied`).
 */
export async function answerRequest(account, id, decision, number, pin) {
  const jws = await answerJws(account, id, decision, number, pin);
  const body = await call(account.issuer, `/app/v1/push/${encodeURIComponent(id)}`, { method: "POST", body: { jws } });
  return field(body, "status");
}

/** `GET /app/v1/push-key` -> the provider's VAPID public key (base64url P-256 point). */
export async function pushKey(issuer) {
  return field(await call(issuer, "/app/v1/push-key"), "vapid_public_key");
}

/** `POST /app/v1/subscription {endpoint, keys: {p256dh, auth}}` (one per device, replaced). */
export async function subscribe(account, subscription) {
  const json = typeof subscription.toJSON === "function" ? subscription.toJSON() : subscription;
  await call(account.issuer, "/app/v1/subscription", {
    method: "POST",
    authorization: await deviceAuthorization(account),
    body: { endpoint: json.endpoint, keys: { p256dh: json.keys?.p256dh, auth: json.keys?.auth } },
  });
}

/** `DELETE /app/v1/subscription`. */
export async function unsubscribe(account) {
  await call(account.issuer, "/app/v1/subscription", {
    method: "DELETE",
    authorization: await deviceAuthorization(account),
  });
}
