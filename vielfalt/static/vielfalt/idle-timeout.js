// Warns before a back-office session ends without activity and lets the person
// stay (WCAG 2.2.1). The markup is in templates/accounts/includes/idle_warning.html;
// the server ends the session whether or not this script runs.
(function () {
  "use strict";
  var dialog = document.getElementById("idle-warning");
  if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) {
    return;
  }
  var warningSeconds = parseInt(dialog.dataset.warningSeconds, 10);
  var deadline = Date.now() + parseInt(dialog.dataset.secondsLeft, 10) * 1000;
  var statusUrl = dialog.dataset.statusUrl;
  var form = dialog.querySelector("form");
  var left = dialog.querySelector("[data-idle-left]");
  var warning = dialog.querySelector("[data-idle-warning]");
  var expired = dialog.querySelector("[data-idle-expired]");
  var stay = dialog.querySelector("[data-idle-stay]");
  var login = dialog.querySelector("[data-idle-login]");
  var close = dialog.querySelector("[data-idle-close]");
  var timer = null;
  var ticker = null;
  var ended = false;

  function secondsLeft() {
    return Math.max(0, Math.round((deadline - Date.now()) / 1000));
  }

  function format(seconds) {
    var rest = seconds % 60;
    return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, Math.max(0, (secondsLeft() - warningSeconds) * 1000));
  }

  function json(response) {
    if (response.status === 401) {
      return { seconds_left: null };
    }
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }

  // Another tab may have kept the session alive: ask the server before warning.
  function check() {
    fetch(statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(json)
      .then(function (data) {
        if (data.seconds_left === null || data.seconds_left <= 0) {
          showExpired();
          return;
        }
        deadline = Date.now() + data.seconds_left * 1000;
        if (data.seconds_left > warningSeconds) {
          schedule();
        } else {
          showWarning();
        }
      })
      .catch(showWarning);
  }

  function tick() {
    var seconds = secondsLeft();
    left.textContent = format(seconds);
    if (seconds === 0) {
      window.clearInterval(ticker);
      check();
    }
  }

  function showWarning() {
    if (ended) {
      return;
    }
    tick();
    window.clearInterval(ticker);
    ticker = window.setInterval(tick, 1000);
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function showExpired() {
    ended = true;
    window.clearInterval(ticker);
    window.clearTimeout(timer);
    warning.hidden = true;
    expired.hidden = false;
    stay.hidden = true;
    login.hidden = false;
    close.hidden = false;
    if (!dialog.open) {
      dialog.showModal();
    }
    login.focus();
  }

  function keepAlive() {
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(json)
      .then(function (data) {
        if (data.seconds_left === null) {
          showExpired();
          return;
        }
        deadline = Date.now() + data.seconds_left * 1000;
        // A session no longer than the warning's lead would warn again at once:
        // then warn halfway through the renewed session instead.
        warningSeconds = Math.min(warningSeconds, Math.floor(data.seconds_left / 2));
        window.clearInterval(ticker);
        dialog.close();
        schedule();
      })
      .catch(function () {
        form.submit(); // the plain form does the same, with a page load
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    keepAlive();
  });
  // Escape is an answer too: the person is there.
  dialog.addEventListener("cancel", function (event) {
    event.preventDefault();
    if (ended) {
      dialog.close();
    } else {
      keepAlive();
    }
  });
  close.addEventListener("click", function () {
    dialog.close();
  });
  schedule();
})();
