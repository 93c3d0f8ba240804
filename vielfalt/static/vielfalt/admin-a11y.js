// Names for the controls that Django admin's own scripts draw (WCAG 4.1.2):
// the autocomplete boxes (Select2) point their name at the shown value only,
// and the filter boxes of many-to-many fields put a name on an icon without a
// role. The forms work without this script; it only mends what scripts made.
(function () {
  "use strict";

  function labelText(select) {
    var own = select.getAttribute("aria-label");
    if (own) {
      return own;
    }
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return label ? label.textContent.replace(/[\s:]+$/, "").trim() : "";
  }

  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2-container")) {
        return;
      }
      var name = labelText(select);
      container.querySelectorAll('.select2-selection[role="combobox"]').forEach(function (box) {
        if (name && box.getAttribute("aria-label") !== name) {
          box.removeAttribute("aria-labelledby");
          box.setAttribute("aria-label", name);
        }
      });
      // The shown value is text inside the box, not a second, nameless field.
      container.querySelectorAll('.select2-selection__rendered[role="textbox"]').forEach(function (shown) {
        shown.removeAttribute("role");
        shown.removeAttribute("aria-readonly");
      });
    });
  }

  function nameFilterIcons(root) {
    root.querySelectorAll(".search-label-icon[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function mend() {
    nameAutocompletes(document);
    nameFilterIcons(document);
  }

  new MutationObserver(mend).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", mend);
  window.addEventListener("load", mend);
})();
