// Waiting pages (device enrolment, push approval): poll the JSON status named by
// #waiting[data-poll] and continue without a reload. The JSON is
// {status: "pending"|..., message?, continue?: id of a form to submit}.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("waiting");
  if (!box) { return; }
  var url = box.getAttribute("data-poll");
  var statusLine = document.getElementById("waiting-status");
  var failures = 0;
  function done(s) {
    var hide = box.querySelectorAll("[data-hide-when-done]");
    for (var i = 0; i < hide.length; i++) { hide[i].hidden = true; }
    if (statusLine && s.message) {
      statusLine.textContent = s.message;
      statusLine.className = "ecl-notification ecl-notification--" +
        (s.status === "approved" || s.status === "enrolled" ? "success" : "error");
    }
    if (s.continue) {
      var form = document.getElementById(s.continue);
      if (form) { form.submit(); }
    }
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        failures = 0;
        if (s.status === "pending") { setTimeout(poll, 1000); } else { done(s); }
      })
      .catch(function () {
        failures += 1;
        if (failures < 30) { setTimeout(poll, 2000); }
      });
  }
  setTimeout(poll, 1000);
});
