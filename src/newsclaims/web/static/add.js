// The upload form (/add): sends the chosen files and URLs to POST /api/articles (same origin)
// and says what happened: articles added (linked), already stored, skipped with the reason.
(function () {
  "use strict";
  var form = document.getElementById("add-form");
  var out = document.getElementById("add-result");
  if (!form || !out) return;

  function line(text, href) {
    var li = document.createElement("li");
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      li.appendChild(a);
    } else {
      li.textContent = text;
    }
    return li;
  }

  function show(message, items) {
    out.hidden = false;
    out.textContent = "";
    var p = document.createElement("p");
    p.className = "add-summary";
    p.textContent = message;
    out.appendChild(p);
    if (items.length) {
      var ul = document.createElement("ul");
      items.forEach(function (item) { ul.appendChild(item); });
      out.appendChild(ul);
    }
  }

  function count(n, noun) { return n + " " + noun; }

  function report(status, data) {
    if (data.error) {
      show("Nothing added: " + data.error.message, []);
      return;
    }
    var items = data.added.map(function (id) { return line("added: " + id, "/articles/" + encodeURIComponent(id)); });
    data.unchanged.forEach(function (id) { items.push(line("already stored: " + id, "/articles/" + encodeURIComponent(id))); });
    data.skipped.forEach(function (s) { items.push(line("skipped " + s.uri + ": " + s.reason)); });
    show([count(data.added.length, "added"), count(data.unchanged.length, "already stored"),
          count(data.skipped.length, "skipped")].join(", ") + ".", items);
  }

  function body() {
    var data = new FormData();
    Array.prototype.forEach.call(form.elements.files.files, function (file) { data.append("files", file, file.name); });
    form.elements.urls.value.split(/\s+/).filter(Boolean).forEach(function (url) { data.append("urls", url); });
    return data;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    show("Analysing…", []);
    fetch(form.action, { method: "POST", body: body(), credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json().then(function (data) { report(response.status, data); }); })
      .catch(function (error) { show("Failed: " + error.message, []); })
      .then(function () { button.disabled = false; });
  });
})();
