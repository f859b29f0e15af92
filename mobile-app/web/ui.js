// The screens and the parts they share: one screen shown at a time (focus on its heading),
// the message line `#message` (role=status), and the PIN form with its PIN pad, placed in
// the screen that asks for the PIN.

import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

const SCREENS = ["home-screen", "scan-screen", "choose-screen", "pin-screen", "approve-screen", "code-screen"];
let current = null;

export const currentScreen = () => current;

/** Shows screen `id` alone and moves the focus to its heading. */
export function showScreen(id, { focus = true } = {}) {
  for (const s of SCREENS) $(s).hidden = s !== id;
  current = id;
  if (focus) {
    const heading = $(id).querySelector("h1");
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

const ICONS = { info: "information", success: "check-filled", error: "error", warning: "warning" };

/** Tells the user something in `#message`; `kind` is info, success, warning or error. */
export function say(text, kind = "info") {
  const box = $("message");
  box.replaceChildren();
  box.className = "message";
  if (!text) return;
  box.className = `message ecl-notification ecl-notification--${kind}`;
  const content = document.createElement("div");
  content.className = "ecl-notification__content";
  const p = document.createElement("p");
  p.className = "ecl-notification__description";
  p.textContent = text;
  content.append(p);
  box.append(icon(ICONS[kind] ?? ICONS.info, "m", "ecl-notification__icon"), content);
}

export const clearMessage = () => say("");

/**
 * The PIN form: `open(screenId, {okLabel, approve})` places it, `onSubmit(pin)` and
 * `onCancel()` are called by its buttons, `onDeny()` by Deny (approval only).
 */
export class PinForm {
  constructor() {
    this.form = $("pin-form");
    this.input = $("pin");
    this.handlers = {};
    this.busy = false;
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.submit();
    });
    this.input.addEventListener("input", () => {
      const digits = this.input.value.replace(/[^0-9]/g, "").slice(0, 4);
      if (digits !== this.input.value) this.input.value = digits;
      this.setError("");
    });
    for (const key of this.form.querySelectorAll(".pin-pad__key")) {
      key.addEventListener("click", () => this.press(key.dataset.key));
    }
    $("pin-cancel").addEventListener("click", () => this.handlers.onCancel?.());
    $("deny").addEventListener("click", () => {
      if (!this.busy) this.handlers.onDeny?.();
    });
  }

  open(screenId, { okLabel, cancelLabel = t("cancel"), approve = false, handlers }) {
    $(screenId).querySelector(".pin-slot").append(this.form);
    this.form.hidden = false;
    this.handlers = handlers;
    this.input.value = "";
    this.setError("");
    this.setBusy(false);
    $("pin-ok").textContent = okLabel;
    $("pin-cancel").textContent = cancelLabel;
    $("deny").hidden = !approve;
  }

  close() {
    this.form.hidden = true;
    this.input.value = "";
    this.handlers = {};
  }

  clear() {
    this.input.value = "";
  }

  press(key) {
    if (key === "back") this.input.value = this.input.value.slice(0, -1);
    else if (this.input.value.length < 4) this.input.value += key;
    this.setError("");
  }

  setError(text) {
    $("pin-error").hidden = !text;
    $("pin-error-text").textContent = text;
    if (text) {
      this.input.setAttribute("aria-invalid", "true");
      this.input.setAttribute("aria-describedby", "pin-hint pin-error");
      this.input.classList.add("ecl-text-input--invalid");
    } else {
      this.input.removeAttribute("aria-invalid");
      this.input.setAttribute("aria-describedby", "pin-hint");
      this.input.classList.remove("ecl-text-input--invalid");
    }
  }

  setBusy(busy) {
    this.busy = busy;
    $("pin-ok").disabled = busy;
    $("deny").disabled = busy;
    this.form.setAttribute("aria-busy", busy ? "true" : "false");
  }

  submit() {
    if (this.busy) return;
    const pin = this.input.value;
    if (!/^[0-9]{4}$/.test(pin)) {
      this.setError(t("pin-not-four-digits"));
      this.input.focus();
      return;
    }
    this.handlers.onSubmit?.(pin);
  }
}

/** An element with text. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "className") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** An ECL icon from the sprite. */
export function icon(name, size = "s", extra = "") {
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("class", `ecl-icon ecl-icon--${size} ${extra}`.trim());
  svg.setAttribute("focusable", "false");
  svg.setAttribute("aria-hidden", "true");
  const use = document.createElementNS(svgNs, "use");
  use.setAttribute("href", `/ecl/icons.svg#${name}`);
  svg.append(use);
  return svg;
}
