// Small helps that work on top of plain HTML: every page works without this script.
// 1. On a narrow screen the header's links fold behind one "Menu" button.
// 2. A text field with data-maxlength shows how many characters are left (or too many);
//    the field never cuts what is typed or pasted, the server says when it is too long.
(function () {
  var toggle = document.querySelector(".menu-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    var narrow = window.matchMedia("(max-width: 40rem)");
    var apply = function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.hidden = !narrow.matches;
      nav.hidden = narrow.matches && !open;
    };
    toggle.addEventListener("click", function () {
      toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
      apply();
    });
    narrow.addEventListener("change", apply);
    apply();
  }

  var left = document.documentElement.getAttribute("data-counter-left") || "# left";
  var over = document.documentElement.getAttribute("data-counter-over") || "# too many";
  document.querySelectorAll("[data-maxlength]").forEach(function (field) {
    var max = parseInt(field.getAttribute("data-maxlength"), 10);
    if (!max) return;
    var counter = document.createElement("p");
    counter.className = "counter";
    counter.id = field.id + "-counter";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    var timer = null;
    var update = function () {
      var n = Array.from(field.value).length;
      var rest = max - n;
      counter.classList.toggle("over", rest < 0);
      counter.textContent = (rest < 0 ? over : left).replace("#", String(Math.abs(rest)));
    };
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    });
    update();
  });
})();
