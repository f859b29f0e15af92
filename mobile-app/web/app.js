// The EU Login mobile app as an installable web app (issue 16): the accounts on this phone,
// Initialise (J7), approving sign-in requests with number matching and the PIN (J8), the
// offline code of a sign-in QR code (J9), and removing an account. It speaks the protocol of
// the command-line `mobile-app` (api.js); each screen is a section of index.html (ui.js).

import * as api from "./api.js";
import { CameraError, startScanner } from "./camera.js";
import { formatTime, loadCatalogue, t } from "./i18n.js";
import { b64urlDecode, newDeviceKey } from "./jws.js";
import * as notify from "./notify.js";
import * as ocra from "./ocra.js";
import { parsePayload, PayloadError, sameIssuer } from "./payload.js";
import { Poller } from "./poller.js";
import * as store from "./store.js";
import { clearMessage, currentScreen, el, icon, PinForm, say, showScreen } from "./ui.js";

const $ = (id) => document.getElementById(id);

const state = {
  config: {},
  accounts: [],
  /** device_id -> the provider's words when it refused the device for good. */
  stopped: new Map(),
  /** device_id -> what is wrong while its long poll fails. */
  trouble: new Map(),
  /** Requests waiting: id -> {account, request}. */
  requests: new Map(),
  /** Request ids answered (or gone) here. */
  handled: new Set(),
  /** The request on the approval screen, and the number chosen. */
  shown: null,
  number: null,
  answering: false,
  expiry: null,
  /** The request a notification asked to open: {id, device}. */
  wanted: null,
  scanner: null,
  scanSession: 0,
  lastBadText: null,
  removing: null,
  push: { working: false, error: "" },
};

let pinForm;
const poller = new Poller({
  onRequests: (account, requests) => onRequests(account, requests),
  onStopped: (account, refused) => onStopped(account, refused),
  onTrouble: (account, error) => {
    // Unreachable: say so; a refusal that may pass (a clock off, a replay): the provider's words.
    state.trouble.set(account.device_id, error instanceof api.Refused ? describe(error, account.issuer) : "");
    renderConnection();
  },
  onHealthy: (account) => {
    if (state.trouble.delete(account.device_id)) renderConnection();
  },
});

// ---- Words about accounts and the provider --------------------------------------------

function hostOf(issuer) {
  try {
    return new URL(issuer).host;
  } catch {
    return String(issuer);
  }
}

const accountName = (account) => account.account || t("account-no-email");

/** The provider's refusal in its own words, or ours for a network or protocol failure. */
function describe(error, issuer) {
  const provider = hostOf(issuer ?? state.config.provider ?? "");
  if (error instanceof api.Refused) {
    return error.description || t("provider-refused", { provider, code: error.code || error.status });
  }
  if (error instanceof api.Unreachable) return t("provider-unreachable", { provider });
  if (error instanceof api.BadAnswer) return t("provider-bad-answer", { provider });
  if (error instanceof PayloadError) return t(error.key, error.params);
  if (error instanceof ocra.OcraError) return t("code-suite-unsupported", { suite: error.detail });
  return t("unexpected-error", { reason: error?.message ?? String(error) });
}

/** Whether the app may talk to `issuer` (its CSP allows the configured provider only). */
function providerAllows(issuer) {
  if (!state.config.provider) return true;
  try {
    return new URL(issuer).origin === new URL(state.config.provider).origin;
  } catch {
    return false;
  }
}

// ---- Home ---------------------------------------------------------------------------

async function refreshAccounts() {
  try {
    state.accounts = await store.allAccounts();
  } catch (e) {
    state.accounts = [];
    say(t("storage-failed", { reason: e?.message ?? String(e) }), "error");
  }
  renderAccounts();
  poller.sync(state.accounts.filter((a) => !state.stopped.has(a.device_id)));
}

function renderAccounts() {
  const list = $("accounts");
  list.replaceChildren();
  list.hidden = state.accounts.length === 0;
  $("no-accounts").hidden = state.accounts.length > 0;
  for (const account of state.accounts) {
    const provider = hostOf(account.issuer);
    const text = el(
      "div",
      { className: "account__text" },
      el("span", { className: "account__email", text: accountName(account) }),
      el("span", { className: "account__provider", text: provider }),
    );
    const stopped = state.stopped.get(account.device_id);
    if (stopped) text.append(el("span", { className: "account__note", text: stopped }));
    const remove = el(
      "button",
      { type: "button", className: "remove ecl-button ecl-button--tertiary" },
      el(
        "span",
        { className: "ecl-button__container" },
        icon("trash", "s", "ecl-button__icon"),
        el("span", { className: "ecl-button__label", text: t("remove") }),
        el("span", { className: "ecl-u-sr-only", text: ` ${t("account-label", { account: accountName(account), provider })}` }),
      ),
    );
    remove.addEventListener("click", () => askRemove(account));
    list.append(el("li", { className: "account", dataset: { device: account.device_id } }, text, remove));
  }
  renderConnection();
  renderNotifications();
}

function renderConnection() {
  const line = $("connection");
  const live = state.accounts.filter((a) => !state.stopped.has(a.device_id));
  if (!live.length) {
    line.textContent = "";
    return;
  }
  const troubled = live.find((a) => state.trouble.has(a.device_id));
  line.textContent = troubled
    ? state.trouble.get(troubled.device_id) || t("connection-trouble", { provider: hostOf(troubled.issuer) })
    : t("connection-waiting");
}

function showHome() {
  stopScanner();
  pinForm.close();
  $("code").textContent = "";
  showScreen("home-screen");
  showNextRequest();
}

// ---- Notifications --------------------------------------------------------------------

function renderNotifications() {
  const permission = notify.permission();
  const button = $("notifications");
  const status = $("notifications-status");
  const live = state.accounts.filter((a) => !state.stopped.has(a.device_id));
  button.hidden = !(live.length && (permission === "default" || (permission === "granted" && state.push.error)));
  button.disabled = state.push.working;
  if (!live.length) status.textContent = t("notifications-no-accounts");
  else if (permission === "unsupported") status.textContent = t("notifications-unsupported");
  else if (permission === "denied") status.textContent = t("notifications-denied");
  else if (state.push.working) status.textContent = t("notifications-working");
  else if (state.push.error) status.textContent = t("notifications-failed", { reason: state.push.error });
  else if (permission === "granted") status.textContent = t("notifications-on");
  else status.textContent = t("notifications-off");
}

/** Subscribes (best effort) and tells every account's provider. */
async function syncPush() {
  const live = state.accounts.filter((a) => !state.stopped.has(a.device_id));
  if (notify.permission() !== "granted" || !live.length) return;
  state.push = { working: true, error: "" };
  renderNotifications();
  try {
    const { failed } = await notify.subscribeAccounts(live);
    state.push = { working: false, error: failed.length ? t("provider-refused", { provider: hostOf(failed[0].issuer), code: "subscription" }) : "" };
  } catch (e) {
    state.push = { working: false, error: e instanceof notify.BrowserRefused ? t("notifications-browser-refused") : describe(e) };
  }
  renderNotifications();
}

async function allowNotifications() {
  const answer = await notify.requestPermission();
  renderNotifications();
  if (answer === "granted") await syncPush();
}

// ---- Scanning: Initialise and Scan QR code ----------------------------------------------

function stopScanner() {
  state.scanSession += 1;
  state.scanner?.stop();
  state.scanner = null;
}

async function openScanner(mode) {
  clearMessage();
  stopScanner();
  const session = state.scanSession;
  state.lastBadText = null;
  $("scan-title").textContent = t(mode === "enrol" ? "scan-enrol-title" : "scan-signin-title");
  $("scan-hint").textContent = t(mode === "enrol" ? "scan-enrol-hint" : "scan-signin-hint");
  $("paste").value = "";
  $("camera-status").textContent = t("camera-starting");
  document.querySelector(".viewfinder").hidden = false;
  showScreen("scan-screen");
  try {
    const scanner = await startScanner($("video"), (text) => {
      if (session === state.scanSession) onScanned(text);
    });
    if (session !== state.scanSession) {
      scanner.stop();
      return;
    }
    state.scanner = scanner;
    $("camera-status").textContent = t("camera-running");
  } catch (e) {
    if (session !== state.scanSession) return;
    document.querySelector(".viewfinder").hidden = true;
    $("camera-status").textContent = t(e instanceof CameraError ? e.key : "camera-failed");
  }
}

function onScanned(text) {
  let payload;
  try {
    payload = parsePayload(text);
  } catch (e) {
    // The camera sees the same wrong code many times a second: say it once.
    if (text !== state.lastBadText) {
      state.lastBadText = text;
      say(describe(e), "error");
    }
    return;
  }
  stopScanner();
  usePayload(payload);
}

function onPasted(event) {
  event.preventDefault();
  let payload;
  try {
    payload = parsePayload($("paste").value);
  } catch (e) {
    say(describe(e), "error");
    $("paste").focus();
    return;
  }
  stopScanner();
  usePayload(payload);
}

/** An enrolment QR code leads to enrolment, a sign-in QR code to its code, whichever button. */
function usePayload(payload) {
  clearMessage();
  if (payload.kind === "enrol") askEnrolPin(payload);
  else chooseAccountFor(payload);
}

// ---- Initialise (J7) ------------------------------------------------------------------

function askEnrolPin(payload) {
  const provider = hostOf(payload.issuer);
  if (!providerAllows(payload.issuer)) {
    say(t("enrol-other-provider", { issuer: provider, provider: hostOf(state.config.provider) }), "error");
    showHome();
    return;
  }
  $("pin-title").textContent = t("pin-enrol-title");
  $("pin-intro").textContent = t("pin-enrol-intro", { account: payload.account || t("account-no-email"), provider });
  pinForm.open("pin-screen", {
    okLabel: t("pin-enrol-ok"),
    handlers: { onSubmit: (pin) => enrol(payload, pin), onCancel: showHome },
  });
  showScreen("pin-screen");
}

/**
 * Registers this device: a new non-extractable P-256 key, `POST /app/v1/enrol`, then the
 * returned secret as a non-extractable HMAC key. Nothing is stored unless all of it worked.
 */
async function enrol(payload, pin) {
  const provider = hostOf(payload.issuer);
  pinForm.setBusy(true);
  say(t("enrol-working"), "info");
  let key;
  let answer;
  try {
    key = await newDeviceKey();
    answer = await api.enrol(payload.issuer, payload.token, pin, key.publicJwk);
  } catch (e) {
    pinForm.setBusy(false);
    say(describe(e, payload.issuer), "error");
    if (e instanceof api.Refused && e.code !== "wrong_pin") {
      showHome();
    } else {
      // A wrong PIN (tries left) or the network: the same QR code can be tried again.
      if (e instanceof api.Refused) pinForm.clear();
      $("pin").focus();
    }
    return;
  }
  let account;
  try {
    const suite = ocra.parseSuite(answer.ocra_suite);
    const secret = b64urlDecode(answer.secret);
    const ocraKey = await ocra.importSecret(suite, secret);
    secret.fill(0);
    account = {
      device_id: answer.device_id,
      issuer: payload.issuer,
      account: answer.account || payload.account,
      ocra_suite: answer.ocra_suite,
      added_at: Date.now(),
      sign_key: key.privateKey,
      public_jwk: key.publicJwk,
      ocra_key: ocraKey,
    };
    await store.putAccount(account);
  } catch {
    pinForm.setBusy(false);
    say(t("enrol-not-stored", { provider }), "error");
    showHome();
    return;
  }
  await refreshAccounts();
  say(t("enrol-done", { account: accountName(account), provider }), "success");
  showHome();
  syncPush();
}

// ---- Scan QR code (J9) ------------------------------------------------------------------

function chooseAccountFor(payload) {
  const candidates = state.accounts.filter((a) => sameIssuer(a.issuer, payload.issuer));
  if (!candidates.length) {
    say(t("code-no-account", { provider: hostOf(payload.issuer) }), "error");
    showHome();
    return;
  }
  if (candidates.length === 1) {
    askCodePin(candidates[0], payload);
    return;
  }
  const list = $("choose-list");
  list.replaceChildren();
  for (const account of candidates) {
    const button = el(
      "button",
      { type: "button", className: "choose", dataset: { device: account.device_id } },
      el("span", { className: "account__email", text: accountName(account) }),
      el("span", { className: "account__provider", text: hostOf(account.issuer) }),
    );
    button.addEventListener("click", () => askCodePin(account, payload));
    list.append(el("li", {}, button));
  }
  showScreen("choose-screen");
}

/** The suite of a QR code, if this account can answer it offline. */
function offlineSuite(account, payload) {
  const suite = ocra.parseSuite(payload.suite);
  const hash = account.ocra_key?.algorithm?.hash?.name;
  if (!suite.password || suite.counter || suite.sessionLength !== null || suite.timeStep === 0 || hash !== suite.hash) {
    throw new ocra.OcraError("ocra-suite-unsupported", payload.suite);
  }
  return suite;
}

function askCodePin(account, payload) {
  let suite;
  try {
    suite = offlineSuite(account, payload);
  } catch (e) {
    say(describe(e), "error");
    showHome();
    return;
  }
  const client = payload.client || t("unknown-application");
  const provider = hostOf(account.issuer);
  $("pin-title").textContent = t("pin-code-title");
  $("pin-intro").textContent = t("pin-code-intro", { client, account: accountName(account), provider });
  pinForm.open("pin-screen", {
    okLabel: t("pin-code-ok"),
    handlers: {
      onSubmit: async (pin) => {
        pinForm.setBusy(true);
        try {
          const code = await ocra.compute(suite, account.ocra_key, {
            question: payload.question,
            passwordHash: await ocra.pinHash(suite, pin),
            timestamp: suite.timeStep ? Math.floor(Date.now() / 1000 / suite.timeStep) : undefined,
          });
          showCode(code, client, account);
        } catch (e) {
          pinForm.setBusy(false);
          say(describe(e), "error");
        }
      },
      onCancel: showHome,
    },
  });
  showScreen("pin-screen");
}

function showCode(code, client, account) {
  pinForm.close();
  $("code").textContent = code;
  $("code-intro").textContent = t("code-intro", { client });
  $("code-account").textContent = t("code-account", { account: accountName(account), provider: hostOf(account.issuer) });
  $("code-copy").hidden = !navigator.clipboard?.writeText;
  showScreen("code-screen");
}

async function copyCode() {
  try {
    await navigator.clipboard.writeText($("code").textContent);
    say(t("code-copied"), "success");
  } catch {
    $("code-copy").hidden = true;
  }
}

// ---- Approve (J8) -----------------------------------------------------------------------

function onRequests(account, requests) {
  let fresh = false;
  const ids = new Set(requests.map((r) => r.id));
  for (const request of requests) {
    if (state.handled.has(request.id) || state.requests.has(request.id)) continue;
    state.requests.set(request.id, { account, request });
    fresh = true;
  }
  for (const [id, entry] of state.requests) {
    if (entry.account.device_id !== account.device_id || ids.has(id)) continue;
    state.requests.delete(id);
    if (state.shown?.request.id === id && !state.answering) requestGone();
  }
  if (state.wanted && state.wanted.device === account.device_id && !ids.has(state.wanted.id) && !state.handled.has(state.wanted.id)) {
    // The notification's request is not waiting any more.
    state.wanted = null;
    if (!state.shown) say(t("approve-gone"), "warning");
  }
  showNextRequest();
  return fresh;
}

/** Shows the request a notification asked for, else the oldest, when the user is not busy. */
function showNextRequest() {
  if (state.answering || $("remove-dialog").open) return;
  const wanted = state.wanted && state.requests.get(state.wanted.id);
  if (state.shown && (!wanted || state.shown.request.id === wanted.request.id)) return;
  const idle = ["home-screen", "code-screen", "approve-screen"].includes(currentScreen());
  if (!wanted && !idle) return;
  const next = wanted ?? [...state.requests.values()].filter((e) => !state.handled.has(e.request.id)).sort((a, b) => (a.request.time ?? 0) - (b.request.time ?? 0))[0];
  if (next) showRequest(next);
}

function showRequest(entry) {
  stopScanner();
  const { account, request } = entry;
  state.shown = entry;
  state.number = null;
  clearTimeout(state.expiry);
  // The long poll learns of an expired request only at its next answer: end it on time,
  // unless this device's clock disagrees with the provider's (then the provider decides).
  const left = Number.isFinite(request.expires_at) ? request.expires_at * 1000 - Date.now() : -1;
  if (left > 0) {
    state.expiry = setTimeout(() => {
      if (state.shown?.request.id === request.id && !state.answering) requestGone();
    }, left + 500);
  }
  if (state.wanted?.id === request.id) state.wanted = null;
  clearMessage();
  $("request-account").textContent = t("approve-account", { account: accountName(account), provider: hostOf(account.issuer) });
  $("request-client").textContent = request.client_name || t("unknown-application");
  $("request-time").textContent = Number.isFinite(request.time) ? formatTime(request.time) : "";
  $("request-ip").textContent = request.ip || t("approve-browser-unknown");
  $("request-browser").textContent = request.browser || t("approve-browser-unknown");
  const numbers = $("numbers");
  numbers.replaceChildren();
  for (const n of request.numbers) {
    const button = el("button", { type: "button", className: "number", "aria-pressed": "false", dataset: { number: String(n) }, text: String(n) });
    button.addEventListener("click", () => chooseNumber(n));
    numbers.append(button);
  }
  pinForm.open("approve-screen", {
    okLabel: t("approve-ok"),
    cancelLabel: t("approve-later"),
    approve: true,
    handlers: {
      onSubmit: (pin) => answer("approve", pin),
      onDeny: () => answer("deny"),
      // Not now: the request waits on the provider until it expires, but is not shown again.
      onCancel: () => {
        if (state.answering) return;
        finishRequest(request.id);
        clearMessage();
        showHome();
      },
    },
  });
  showScreen("approve-screen");
}

function chooseNumber(n) {
  state.number = n;
  for (const b of document.querySelectorAll("#numbers .number")) {
    b.setAttribute("aria-pressed", String(Number(b.dataset.number) === n));
  }
}

function finishRequest(id) {
  clearTimeout(state.expiry);
  state.handled.add(id);
  state.requests.delete(id);
  state.shown = null;
  state.number = null;
}

async function answer(decision, pin) {
  const entry = state.shown;
  if (!entry) return;
  const { account, request } = entry;
  if (decision === "approve" && state.number === null) {
    say(t("approve-choose-number"), "error");
    document.querySelector("#numbers .number")?.focus();
    return;
  }
  state.answering = true;
  pinForm.setBusy(true);
  say(t("approve-sending"), "info");
  const client = request.client_name || t("unknown-application");
  try {
    const status = await api.answerRequest(account, request.id, decision, decision === "approve" ? state.number : undefined, pin);
    finishRequest(request.id);
    state.answering = false;
    say(status === "approved" ? t("approve-done", { client }) : t("deny-done", { client }), status === "approved" ? "success" : "info");
    showHome();
    return;
  } catch (e) {
    state.answering = false;
    pinForm.setBusy(false);
    say(describe(e, account.issuer), "error");
    if (e instanceof api.Refused && ["not_pending", "wrong_number", "device_locked", "unknown_device"].includes(e.code)) {
      finishRequest(request.id);
      if (e.code === "device_locked" || e.code === "unknown_device") markStopped(account, e);
      showHome();
      return;
    }
    // A wrong PIN (the provider says how many tries are left), the network, a clock too far
    // off: the request stays on screen to try again.
    if (e instanceof api.Refused && e.code === "wrong_pin") {
      pinForm.clear();
      $("pin").focus();
    }
    if (!state.requests.has(request.id)) requestGone();
  }
}

function requestGone() {
  if (!state.shown) return;
  finishRequest(state.shown.request.id);
  say(t("approve-gone"), "warning");
  showHome();
}

function markStopped(account, refused) {
  if (state.stopped.has(account.device_id)) return;
  state.stopped.set(account.device_id, refused.description || refused.code);
  poller.stop(account.device_id);
  for (const [id, entry] of state.requests) if (entry.account.device_id === account.device_id) state.requests.delete(id);
  renderAccounts();
}

function onStopped(account, refused) {
  const first = !state.stopped.has(account.device_id);
  markStopped(account, refused);
  if (first) {
    say(t("account-stopped", { account: accountName(account), provider: hostOf(account.issuer), description: describe(refused, account.issuer) }), "error");
  }
}

// ---- Remove -----------------------------------------------------------------------------

function askRemove(account) {
  state.removing = account;
  $("remove-text").textContent = t("remove-text", { account: accountName(account), provider: hostOf(account.issuer) });
  $("remove-dialog").showModal();
}

async function removeAccount() {
  const account = state.removing;
  state.removing = null;
  $("remove-dialog").close();
  if (!account) return;
  poller.stop(account.device_id);
  try {
    await store.deleteAccount(account.device_id);
  } catch (e) {
    say(t("storage-failed", { reason: e?.message ?? String(e) }), "error");
    return;
  }
  for (const [id, entry] of state.requests) if (entry.account.device_id === account.device_id) state.requests.delete(id);
  if (state.shown?.account.device_id === account.device_id) state.shown = null;
  state.stopped.delete(account.device_id);
  state.trouble.delete(account.device_id);
  await refreshAccounts();
  say(t("remove-done", { account: accountName(account), provider: hostOf(account.issuer) }), "success");
  showHome();
  // Best effort, in the background: the provider forgets where to push for this device.
  notify.unsubscribeAccount(account, state.accounts);
}

// ---- Start --------------------------------------------------------------------------------

async function loadConfig() {
  try {
    const response = await fetch("/config.json");
    if (response.ok) return (await response.json()) ?? {};
  } catch {
    // Offline without a cached copy: the accounts still name their providers.
  }
  return {};
}

function readWantedRequest() {
  const params = new URLSearchParams(location.search);
  const id = params.get("request");
  if (id) want(id, params.get("device") ?? "");
  if (location.search) history.replaceState(null, "", "/");
}

/** A notification was tapped: show its request, even one put off with "Not now". */
function want(id, device) {
  state.wanted = { id, device };
  state.handled.delete(id);
}

function onWorkerMessage(event) {
  const data = event.data ?? {};
  if (data.type === "open-request" && typeof data.id === "string" && data.id) {
    want(data.id, typeof data.device_id === "string" ? data.device_id : "");
    showNextRequest();
  }
  if (data.type === "signin" || data.type === "open-request") poller.wakeAll();
}

function wire() {
  pinForm = new PinForm();
  $("initialise").addEventListener("click", () => openScanner("enrol"));
  $("scan-qr").addEventListener("click", () => openScanner("signin"));
  $("paste-form").addEventListener("submit", onPasted);
  $("scan-cancel").addEventListener("click", () => {
    clearMessage();
    showHome();
  });
  $("choose-cancel").addEventListener("click", showHome);
  $("code-done").addEventListener("click", () => {
    clearMessage();
    showHome();
  });
  $("code-copy").addEventListener("click", copyCode);
  $("notifications").addEventListener("click", allowNotifications);
  $("remove-ok").addEventListener("click", removeAccount);
  $("remove-cancel").addEventListener("click", () => $("remove-dialog").close());
  $("remove-dialog").addEventListener("close", () => {
    state.removing = null;
    showNextRequest();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") poller.wakeAll();
  });
  window.addEventListener("online", () => poller.wakeAll());
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("message", onWorkerMessage);
    navigator.serviceWorker.startMessages();
  }
}

async function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  } catch (e) {
    console.warn("the service worker was not registered", e);
  }
}

async function start() {
  await loadCatalogue();
  state.config = await loadConfig();
  if (typeof state.config.brand === "string" && state.config.brand) {
    const name = t("app-name-brand", { brand: state.config.brand });
    document.title = name;
    document.querySelector(".app-header__brand").textContent = name;
  }
  wire();
  readWantedRequest();
  registerWorker();
  showScreen("home-screen", { focus: false });
  await refreshAccounts();
  syncPush();
}

start().catch((e) => {
  console.error(e);
  document.body.dataset.failed = "true";
});
