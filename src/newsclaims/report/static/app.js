/* newsclaims pages (the HTML report and the web app): draw the charts, and make every link
   or row that points at a claim jump to its sentence and highlight it. */
(function () {
  "use strict";
  var ACTIVE = "active";

  /* The element an id names; a merged mark's extra ids are empty anchors just before it. */
  function target(id) {
    var el = document.getElementById(id);
    if (el && el.classList.contains("anchor")) {
      el = el.nextElementSibling;
    }
    return el;
  }

  function openDetails(el) {
    for (var d = el.closest("details"); d; d = d.parentElement ? d.parentElement.closest("details") : null) {
      d.open = true;
    }
  }

  function activate(id) {
    if (!id) { return; }
    var el = target(decodeURIComponent(id));
    if (!el) { return; }
    document.querySelectorAll("." + ACTIVE).forEach(function (n) { n.classList.remove(ACTIVE); });
    openDetails(el);
    el.classList.add(ACTIVE);
    var sentence = el.closest(".sentence");
    if (sentence) { sentence.classList.add(ACTIVE); }
    el.scrollIntoView({ block: "center" });
  }

  function sameDocument(url) {
    return url.href.split("#")[0] === location.href.split("#")[0];
  }

  /* Follow a link: within this page, highlight the target; elsewhere, navigate. */
  function go(href) {
    var url = new URL(href, location.href);
    if (sameDocument(url) && url.hash) {
      if (location.hash !== url.hash) { history.pushState(null, "", url.hash); }
      activate(url.hash.slice(1));
    } else {
      location.href = url.href;
    }
  }

  function onClick(event) {
    var link = event.target.closest("a[href]");
    if (link) {
      var url = new URL(link.getAttribute("href"), location.href);
      if (sameDocument(url) && url.hash) {
        event.preventDefault();
        go(url.href);
      }
      return;
    }
    var row = event.target.closest("[data-href]");
    if (row && !event.target.closest("button, input, select, label")) {
      go(row.getAttribute("data-href"));
    }
  }

  /* "PNG" and "SVG" buttons under a chart: the image is made in the browser (no network). */
  function addExport(el, view, name) {
    var bar = document.createElement("div");
    bar.className = "chart-export no-print";
    ["png", "svg"].forEach(function (type) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = type.toUpperCase();
      button.setAttribute("data-export", type);
      button.addEventListener("click", function () {
        view.toImageURL(type, type === "png" ? 2 : 1).then(function (url) {
          var link = document.createElement("a");
          link.href = url;
          link.download = name + "." + type;
          document.body.appendChild(link);
          link.click();
          link.remove();
        });
      });
      bar.appendChild(button);
    });
    el.insertAdjacentElement("afterend", bar);
  }

  function drawChart(el) {
    var source = document.getElementById(el.getAttribute("data-chart"));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    window.vegaEmbed(el, spec, { renderer: "svg", actions: false }).then(function (result) {
      el.setAttribute("data-rendered", "true");
      addExport(el, result.view, el.getAttribute("data-chart"));
      result.view.addEventListener("click", function (event, item) {
        if (item && item.datum && item.datum.href) { go(item.datum.href); }
      });
    }).catch(function (err) {
      el.textContent = "The chart could not be drawn: " + err;
      console.error(err);
    });
  }

  function start() {
    if (typeof window.vegaEmbed === "function") {
      document.querySelectorAll("[data-chart]").forEach(drawChart);
    }
    document.addEventListener("click", onClick);
    window.addEventListener("hashchange", function () { activate(location.hash.slice(1)); });
    window.addEventListener("popstate", function () { activate(location.hash.slice(1)); });
    activate(location.hash.slice(1));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
