/* The finder after a search with htmx: like the page without JavaScript (whose
   form goes to #treffer), the number of results gets the focus and scrolls into
   view, so that pressing Enter visibly does something and a screen reader reads
   the count. A changed filter box keeps the focus where it is. */
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function (event) {
    var config = event.detail && event.detail.requestConfig;
    var trigger = config && config.triggeringEvent;
    if (!trigger || trigger.type !== "submit") {
      return;
    }
    var count = document.getElementById("finder-count");
    var heading = document.getElementById("treffer");
    if (heading) {
      heading.scrollIntoView({ block: "start" });
    }
    if (count) {
      count.focus({ preventScroll: true });
    }
  });
})();
