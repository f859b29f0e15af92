// Security keys and platform authenticators (WebAuthn). The page has
// #webauthn[data-mode="create"|"get"][data-options=JSON][data-form=id]: the options come
// from the provider; the answer is put, as JSON, in the form's "credential" field and the
// form is submitted. "create" runs when the form is submitted; "get" runs on load and from
// the #webauthn-start button.
(function () {
  "use strict";
  function toBytes(b64url) {
    var b64 = b64url.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) { b64 += "="; }
    var raw = atob(b64);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out.buffer;
  }
  function toB64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var raw = "";
    for (var i = 0; i < bytes.length; i++) { raw += String.fromCharCode(bytes[i]); }
    return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function decodeList(list) {
    return (list || []).map(function (c) {
      var copy = Object.assign({}, c);
      copy.id = toBytes(c.id);
      return copy;
    });
  }
  function answer(cred) {
    var r = cred.response;
    var response = { clientDataJSON: toB64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toB64url(r.attestationObject);
      if (r.getTransports) { response.transports = r.getTransports(); }
    } else {
      response.authenticatorData = toB64url(r.authenticatorData);
      response.signature = toB64url(r.signature);
      response.userHandle = r.userHandle ? toB64url(r.userHandle) : null;
    }
    return JSON.stringify({
      id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
      response: response, extensions: {}
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("webauthn");
    if (!box) { return; }
    var form = document.getElementById(box.getAttribute("data-form"));
    var status = document.getElementById("webauthn-status");
    var mode = box.getAttribute("data-mode");
    var busy = false;
    // The words come from the page (data-say-*), in the page's language.
    function say(which, detail) {
      var text = box.getAttribute("data-say-" + which) || "";
      if (detail) { text += " (" + detail + ")"; }
      if (status) { status.textContent = text; status.hidden = false; }
    }
    if (!window.PublicKeyCredential || !navigator.credentials) {
      say("unsupported");
      return;
    }
    function run(event) {
      if (event) { event.preventDefault(); }
      if (busy) { return; }
      busy = true;
      var options = JSON.parse(box.getAttribute("data-options")).publicKey;
      options.challenge = toBytes(options.challenge);
      // Security keys and platform authenticators are equally welcome: no "security-key"
      // hint that would steer the browser away from the built-in authenticator.
      delete options.hints;
      var call;
      if (mode === "create") {
        options.user.id = toBytes(options.user.id);
        options.excludeCredentials = decodeList(options.excludeCredentials);
        call = navigator.credentials.create({ publicKey: options });
      } else {
        options.allowCredentials = decodeList(options.allowCredentials);
        call = navigator.credentials.get({ publicKey: options });
      }
      say("follow");
      call.then(function (cred) {
        form.elements.credential.value = answer(cred);
        form.submit();
      }).catch(function (e) {
        busy = false;
        say("no-answer", e && e.name ? e.name : "");
      });
    }
    if (mode === "create") {
      form.addEventListener("submit", run);
    } else {
      var start = document.getElementById("webauthn-start");
      if (start) { start.addEventListener("click", run); }
      run();
    }
  });
})();
