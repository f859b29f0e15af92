// The app's words: one catalogue per language, `messages/<lang>.json` (key -> text with
// `{placeholders}`), the language chosen from the browser's `navigator.languages` among the
// catalogues present, and `<html lang>` set to it. Markup names its texts by key:
// `data-i18n="key"` (the text) and `data-i18n-attr="attr:key;attr:key"` (attributes).

/** The catalogues this app ships. */
export const LANGUAGES = ["en"];
export const FALLBACK = "en";

let lang = FALLBACK;
let catalogue = {};

/** The best of `available` for the reader's `wishes` (BCP 47 tags, most wanted first). */
export function chooseLanguage(wishes, available = LANGUAGES) {
  const have = available.map((a) => a.toLowerCase());
  for (const wish of wishes ?? []) {
    const w = String(wish).toLowerCase();
    if (have.includes(w)) return available[have.indexOf(w)];
    const primary = w.split("-")[0];
    const i = have.findIndex((a) => a === primary || a.split("-")[0] === primary);
    if (i >= 0) return available[i];
  }
  return FALLBACK;
}

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function format(text, params = {}) {
  return String(text).replace(/\{([a-z_]+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The text of `key` in the current language. */
export function t(key, params) {
  const text = catalogue[key];
  if (typeof text !== "string") {
    console.warn(`no text for ${key} in ${lang}`);
    return key;
  }
  return format(text, params);
}

export const language = () => lang;

/** Loads the catalogue for the reader and sets `<html lang>` and the document's texts. */
export async function loadCatalogue(wishes = globalThis.navigator?.languages ?? []) {
  lang = chooseLanguage(wishes);
  const response = await fetch(`/messages/${lang}.json`);
  if (!response.ok) throw new Error(`messages/${lang}.json: HTTP ${response.status}`);
  catalogue = await response.json();
  document.documentElement.lang = lang;
  translate(document);
}

/** Puts the texts named by `data-i18n` and `data-i18n-attr` into `root`. */
export function translate(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

/** A date and time (seconds since the epoch) in the reader's own locale. */
export function formatTime(seconds) {
  const locales = globalThis.navigator?.languages?.length ? [...navigator.languages] : undefined;
  try {
    return new Intl.DateTimeFormat(locales, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(seconds * 1000));
  } catch {
    return new Date(seconds * 1000).toLocaleString();
  }
}
