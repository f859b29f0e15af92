// OAuth 2.0 Form Post Response Mode: submit the response to the client once loaded.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("form-post");
  if (form) { form.submit(); }
});
