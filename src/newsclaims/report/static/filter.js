/* The report's filter box: shows only the facts, claims, conflicts, timeline entries, sources
   and articles whose text holds every word typed (any case). A fact card whose heading or
   summary matches keeps all its claims; otherwise only its matching claims stay. Printing
   opens every article. */
(function () {
  "use strict";
  var ITEMS = ".conflict, .timeline-list li, table.sources tbody tr, details.article";

  function matches(text, words) {
    text = text.toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function headText(card) {
    return Array.prototype.filter.call(card.children, function (c) { return c.tagName !== "TABLE"; })
      .map(function (c) { return c.textContent; }).join(" ");
  }

  function filterFact(card, words) {
    var rows = card.querySelectorAll("table.claims tbody tr[data-claim]");
    var whole = words.length === 0 || matches(headText(card), words);
    var any = false;
    rows.forEach(function (row) {
      row.hidden = !whole && !matches(row.textContent, words);
      any = any || !row.hidden;
    });
    card.hidden = !whole && !any;
    return !card.hidden;
  }

  function apply(input, counter) {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0, total = 0;
    document.querySelectorAll("article.fact").forEach(function (card) {
      total += 1;
      if (filterFact(card, words)) { shown += 1; }
    });
    document.querySelectorAll(ITEMS).forEach(function (el) {
      total += 1;
      el.hidden = words.length > 0 && !matches(el.textContent, words);
      if (!el.hidden) { shown += 1; }
    });
    counter.textContent = words.length ? shown + " of " + total + " items match" : "";
  }

  function start() {
    var input = document.getElementById("filter");
    var counter = document.getElementById("filter-count");
    if (input && counter) {
      input.addEventListener("input", function () { apply(input, counter); });
      apply(input, counter);
    }
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
