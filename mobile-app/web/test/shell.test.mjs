// The app's files as a whole: the element ids of the issue 16 contract, no inline script or
// style (the CSP forbids them), every text from the catalogue, the service worker's list of
// files complete, the manifest and its icons.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const web = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(join(web, path), "utf8");
const html = read("index.html");
const catalogue = JSON.parse(read("messages/en.json"));

function files(dir = web) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(web, path)];
  });
}

const scripts = files().filter((f) => f.endsWith(".js") && !f.startsWith("vendor/") && !f.startsWith("test/"));
const source = scripts.map((f) => read(f)).join("\n");

test("the element ids of the contract are there", () => {
  const tag = (id) => {
    const m = new RegExp(`<([a-z]+)\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
    assert.ok(m, `#${id} is missing`);
    return { name: m[1], text: m[0] };
  };
  for (const id of ["accounts", "initialise", "scan-qr", "paste-ok", "pin-ok", "approve-screen", "request-client", "request-time", "request-ip", "request-browser", "deny", "code"]) {
    tag(id);
  }
  assert.equal(tag("accounts").name, "ul");
  assert.equal(tag("video").name, "video");
  assert.equal(tag("paste").name, "textarea");
  const pin = tag("pin");
  assert.equal(pin.name, "input");
  assert.match(pin.text, /inputmode="numeric"/);
  const message = tag("message");
  assert.match(message.text, /role="status"/);
  assert.match(message.text, /aria-live="polite"/);
  // The ids the flows add: an account line, its Remove button, the numbers to match.
  assert.match(source, /el\("li", \{ className: "account", dataset: \{ device: account\.device_id \} \}/);
  assert.match(source, /className: "remove ecl-button/);
  assert.match(source, /className: "number", "aria-pressed": "false", dataset: \{ number: String\(n\) \}/);
  // #deny is in the approval screen while it is shown (the PIN form moves there).
  assert.match(source, /pinForm\.open\("approve-screen"/);
});

test("ids are unique", () => {
  const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

test("no inline script, style or event handler (the CSP allows none)", () => {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(m[1], /\bsrc="\/[^"]+"/, "a script without src");
    assert.equal(m[2].trim(), "", "an inline script");
  }
  assert.doesNotMatch(html, /<style\b/);
  assert.doesNotMatch(html, /\sstyle="/);
  assert.doesNotMatch(html, /\son[a-z]+="/);
  assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  assert.doesNotMatch(source, /setAttribute\("style"/);
});

test("every text comes from the catalogue, and every catalogue text is used", () => {
  const used = new Set();
  for (const m of html.matchAll(/data-i18n="([^"]+)"/g)) used.add(m[1]);
  for (const m of html.matchAll(/data-i18n-attr="([^"]+)"/g)) {
    for (const pair of m[1].split(";")) used.add(pair.split(":")[1].trim());
  }
  for (const m of source.matchAll(/\bt\("([a-z0-9-]+)"/g)) used.add(m[1]);
  for (const key of used) assert.ok(typeof catalogue[key] === "string", `${key} is not in messages/en.json`);
  // Keys chosen at run time (camera, QR code errors) are quoted in the modules.
  const everywhere = `${source}\n${html}\n${read("sw.js")}`;
  for (const key of Object.keys(catalogue)) {
    assert.ok(used.has(key) || everywhere.includes(`"${key}"`), `${key} is never used`);
  }
  // No words in the markup itself: elements with text are given it by a key.
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  assert.match(text, /^[0-9 ]*$/, `words in index.html: ${text}`);
});

test("the catalogue's placeholders are {lower_case} names", () => {
  for (const [key, value] of Object.entries(catalogue)) {
    assert.equal(typeof value, "string", key);
    for (const m of value.matchAll(/\{([^}]*)\}/g)) assert.match(m[1], /^[a-z_]+$/, `${key}: {${m[1]}}`);
  }
});

test("the service worker keeps every file the app needs offline", () => {
  const sw = read("sw.js");
  const shell = JSON.parse(
    /const SHELL = (\[[\s\S]*?\]);/
      .exec(sw)[1]
      .replace(/,\s*\]/, "]"),
  );
  // Served from elsewhere by `mobile-app serve`: the page itself, its configuration, ECL.
  const elsewhere = (p) => p === "/" || p === "/config.json" || p.startsWith("/ecl/");
  for (const path of shell.filter((p) => !elsewhere(p))) {
    assert.ok(files().includes(path.slice(1)), `${path} is in SHELL but not in mobile-app/web/`);
  }
  const runtime = files().filter(
    (f) => !f.startsWith("test/") && !/(^|\/)(README\.md|package\.json|[^/]*LICENSE[^/]*)$/.test(f) && f !== "sw.js" && f !== "index.html",
  );
  for (const f of runtime) assert.ok(shell.includes(`/${f}`), `${f} is not in the service worker's SHELL`);
  for (const path of ["/", "/config.json", "/messages/en.json", "/ecl/ecl-reset.css", "/ecl/ecl-eu.css", "/ecl/ecl-eu-utilities.css", "/ecl/icons.svg"]) {
    assert.ok(shell.includes(path), path);
  }
  // Every module a module imports is a file of the app.
  for (const f of scripts) {
    for (const m of read(f).matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+)"/g)) {
      assert.ok(files().includes(join(f, "..", m[1]).replace(/^\.\//, "")), `${f} imports ${m[1]}`);
    }
  }
});

test("the manifest makes an installable app with the icons it names", () => {
  const manifest = JSON.parse(read("manifest.webmanifest"));
  assert.equal(manifest.start_url, "/");
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.name && manifest.short_name);
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const sizes = {};
  for (const icon of manifest.icons) {
    const file = readFileSync(join(web, icon.src.slice(1)));
    if (icon.type === "image/png") {
      assert.deepEqual([...file.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], icon.src);
      const [w, h] = [file.readUInt32BE(16), file.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, icon.src);
      sizes[icon.sizes] = icon.purpose;
    } else {
      assert.equal(icon.type, "image/svg+xml");
      assert.match(file.toString("utf8"), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.equal(icon.purpose, "maskable");
    }
  }
  assert.equal(sizes["192x192"], "any");
  assert.equal(sizes["512x512"], "any");
  assert.match(html, /<link rel="manifest" href="\/manifest.webmanifest">/);
});
