extension HTMLReport {
    /// The page's only script: filters the table rows by their `data-` attributes, counts the
    /// rows shown, and marks `<body data-ready="yes">` once it has run (checked by
    /// `scripts/check-report.sh`). A constant: no user text ever goes in it.
    static let script = #"""
    (function () {
      "use strict";
      var form = document.getElementById("filters");
      var type = document.getElementById("filter-type");
      var who = document.getElementById("filter-who");
      var from = document.getElementById("filter-from");
      var to = document.getElementById("filter-to");
      var count = document.getElementById("shown-count");
      var none = document.getElementById("no-match");
      var rows = Array.prototype.slice.call(document.querySelectorAll("#interaction-table tbody tr"));
      var names = rows.map(function (row) { return (row.getAttribute("data-names") || "").toLowerCase(); });

      function apply() {
        var wanted = type.value;
        var text = who.value.trim().toLowerCase();
        var start = from.value;
        var end = to.value;
        var shown = 0;
        rows.forEach(function (row, index) {
          var first = row.getAttribute("data-from") || "";
          var last = row.getAttribute("data-to") || "";
          var visible = (!wanted || row.getAttribute("data-type") === wanted) &&
            (!text || names[index].indexOf(text) !== -1) &&
            (!start || (last !== "" && last >= start)) &&
            (!end || (first !== "" && first <= end));
          row.hidden = !visible;
          if (visible) { shown += 1; }
        });
        count.textContent = String(shown);
        none.hidden = shown !== 0;
      }

      form.addEventListener("input", apply);
      form.addEventListener("change", apply);
      form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      apply();
      document.body.setAttribute("data-ready", "yes");
    })();

    """#

    /// The page's styles, for screen and print.
    static let stylesheet = """
    body { font: 15px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #222; background: #fff;
      max-width: 1400px; margin: 0 auto; padding: 24px 32px 48px; }
    h1 { font-size: 28px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 36px 0 6px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
    .period { color: #555; margin: 0; }
    .hint { color: #555; font-size: 14px; margin: 4px 0 10px; }
    .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 16px; }
    .figure { border: 1px solid #ddd; border-radius: 6px; padding: 10px 16px; min-width: 130px; }
    .figure.wide { min-width: 260px; }
    .figure dt { color: #666; font-size: 13px; }
    .figure dd { margin: 0; font-size: 24px; font-weight: 600; }
    .figure.wide dd { font-size: 18px; }
    .figure dd.detail { font-size: 13px; font-weight: normal; color: #666; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
    table { border-collapse: collapse; font-size: 14px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; }
    thead th { position: sticky; top: 0; background: #fafafa; border-bottom: 2px solid #ccc; }
    td.number { text-align: right; }
    table.by-type { min-width: 260px; }
    #interaction-table { width: 100%; }
    td.date, td.type { white-space: nowrap; }
    td.undated small { color: #666; }
    td.evidence { min-width: 280px; max-width: 620px; }
    figure.diagram { margin: 0; overflow: auto; border: 1px solid #e5e5e5; border-radius: 6px; padding: 8px; }
    figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    #filters { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-end; margin: 8px 0 12px;
      padding: 12px; background: #f5f5f5; border-radius: 6px; }
    #filters label { display: flex; flex-direction: column; gap: 3px; font-size: 13px; color: #444; }
    #filters input, #filters select, #filters button { font: inherit; font-size: 14px; padding: 4px 6px; }
    #filters .count { margin: 0 0 6px auto; color: #444; }
    footer { margin-top: 32px; color: #666; font-size: 13px; }
    @media print { #filters { display: none; } figure.diagram { border: none; } thead th { position: static; } }

    """
}
