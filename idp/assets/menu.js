// The user menu in the header (#user-menu). Without this script it opens on hover and while
// focus is inside it (CSS). With it, the button also toggles it by click, Enter or Space
// (aria-expanded and the class "is-open"); a click outside, Escape, or focus leaving the
// menu closes it ("is-closed" hides it even under the pointer, for touch screens).
document.addEventListener("DOMContentLoaded", function () {
  var menu = document.getElementById("user-menu");
  var button = document.getElementById("user-menu-button");
  if (!menu || !button) { return; }
  menu.classList.add("has-script");
  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("is-open", open);
    // Closed on purpose: stays closed under the pointer until it leaves and comes back.
    menu.classList.toggle("is-closed", !open);
  }
  menu.addEventListener("mouseenter", function () { menu.classList.remove("is-closed"); });
  menu.addEventListener("mouseleave", function () { menu.classList.remove("is-closed"); });
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("click", function (event) {
    if (!menu.contains(event.target)) { set(false); }
  });
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.classList.contains("is-open")) {
      set(false);
      button.focus();
    }
  });
  menu.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !menu.contains(event.relatedTarget)) { set(false); }
  });
});
