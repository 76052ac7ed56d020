// Progressive help for the public pages. Everything works without this file.
// - Quick exit: replace this page in the history, so Back does not return here.
// - Escape pressed twice quickly also leaves.
// - The report form shows only the parts that apply to what was chosen.
(function () {
  "use strict";

  function leave(url) {
    try { document.body.innerHTML = ""; } catch (ignored) { /* leave anyway */ }
    window.location.replace(url);
  }

  var exit = document.getElementById("quick-exit");
  if (exit) {
    exit.addEventListener("click", function (event) {
      event.preventDefault();
      leave(exit.href);
    });
    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var now = Date.now();
      if (now - lastEscape < 800) leave(exit.href);
      lastEscape = now;
    });
  }

  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  var form = document.querySelector("form.signal-form");
  if (!form) return;

  function checkedValues(name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name='" + name + "']:checked"),
      function (input) { return input.value; });
  }

  function update() {
    var forms = checkedValues("forms");
    var anyForm = forms.length === 0 || forms.indexOf("unknown") >= 0 || forms.indexOf("other") >= 0;
    Array.prototype.forEach.call(form.querySelectorAll(".signal-group"), function (group) {
      var name = group.getAttribute("data-group");
      var always = name === "general" || name === "school";
      var keep = always || anyForm || forms.indexOf(name) >= 0 || group.querySelector("input:checked");
      group.hidden = !keep;
    });
    var role = checkedValues("role")[0];
    var sector = document.getElementById("sector-field");
    if (sector) sector.hidden = role !== "professional" && !document.getElementById("reporter-sector").value;
    var acute = document.getElementById("acute-yes");
    var acuteAlert = document.getElementById("acute-alert");
    if (acute && acuteAlert) acuteAlert.hidden = !acute.checked;
    var anonymity = checkedValues("anonymity")[0];
    var contact = document.getElementById("contact-details");
    if (contact) {
      var typed = Array.prototype.some.call(contact.querySelectorAll("input"), function (input) { return input.value; });
      contact.hidden = (anonymity === "anonymous" || !anonymity) && !typed;
    }
  }

  form.addEventListener("change", update);
  update();
})();
