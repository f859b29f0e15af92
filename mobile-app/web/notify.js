// Notifications by Web Push (RFC 8030/8291/8292): with the user's permission, the browser
// subscribes with the provider's VAPID key (`GET /app/v1/push-key`) and each account tells
// its provider the subscription (`POST /app/v1/subscription`, signed by the device key).
// A browser keeps one subscription per service worker, so every account of the provider
// shares it; the provider's message names the device. Without a subscription the app still
// learns of requests while it is open (poller.js).

import * as api from "./api.js";
import { b64urlDecode } from "./jws.js";
import { sameIssuer } from "./payload.js";

/** Whether this browser can receive Web Push at all (on iOS: only once installed). */
export function pushSupported() {
  return "serviceWorker" in navigator && "PushManager" in globalThis && "Notification" in globalThis;
}

/** `default`, `granted`, `denied`, or `unsupported`. */
export function permission() {
  return pushSupported() ? Notification.permission : "unsupported";
}

export async function requestPermission() {
  if (!pushSupported()) return "unsupported";
  return Notification.requestPermission();
}

/** The browser would not subscribe (no push service, refused key, timeout). */
export class BrowserRefused extends Error {
  constructor(cause) {
    super(`the browser did not subscribe: ${cause?.name ?? ""} ${cause?.message ?? cause}`);
    this.name = "BrowserRefused";
    this.cause = cause;
  }
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

async function registration() {
  return withTimeout(navigator.serviceWorker.ready, 10000);
}

function sameKey(subscription, key) {
  const current = subscription?.options?.applicationServerKey;
  if (!current) return false;
  const a = new Uint8Array(current);
  if (a.length !== key.length) return false;
  return a.every((x, i) => x === key[i]);
}

/**
 * Subscribes the browser with `issuer`'s VAPID key (replacing a subscription made with
 * another key) and returns the subscription.
 */
async function browserSubscription(issuer) {
  const key = b64urlDecode(await api.pushKey(issuer));
  try {
    const reg = await registration();
    let subscription = await reg.pushManager.getSubscription();
    if (subscription && !sameKey(subscription, key)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    if (!subscription) {
      // A browser without a reachable push service may never answer.
      subscription = await withTimeout(reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), 20000);
    }
    return subscription;
  } catch (e) {
    console.warn("push subscription refused", e);
    throw new BrowserRefused(e);
  }
}

/**
 * Tells each account's provider where to push. Resolves to `{done, failed}` (accounts);
 * throws only if the browser refuses to subscribe.
 */
export async function subscribeAccounts(accounts) {
  const done = [];
  const failed = [];
  if (!accounts.length || permission() !== "granted") return { done, failed };
  // One subscription per browser: the provider of the first account gives its key.
  const issuer = accounts[0].issuer;
  const subscription = await browserSubscription(issuer);
  for (const account of accounts) {
    if (!sameIssuer(account.issuer, issuer)) {
      failed.push(account);
      continue;
    }
    try {
      await api.subscribe(account, subscription);
      done.push(account);
    } catch {
      failed.push(account);
    }
  }
  return { done, failed };
}

/** Best effort: the provider forgets the account's subscription; the last account's goes. */
export async function unsubscribeAccount(account, remaining) {
  try {
    await api.unsubscribe(account);
  } catch {
    // Best effort: the provider drops a subscription whose device is gone.
  }
  if (remaining.length === 0 && pushSupported()) {
    try {
      const reg = await registration();
      const subscription = await reg.pushManager.getSubscription();
      if (subscription) await subscription.unsubscribe();
    } catch {
      // Nothing to undo.
    }
  }
}
