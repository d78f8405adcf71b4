extension HTMLReport {
    /// The page's code: reads the `report-data` JSON block (`ReportData`), filters the table
    /// rows, the diagram's nodes and edges and the timeline's lanes and events together (those
    /// left out get the class `off`), pans and zooms the diagram on its `viewBox`, fills the side
    /// panel with a stakeholder's engagements, reads and writes the filters in the page's address
    /// (`#type=…&who=…&from=…&to=…&level=…&show=<stakeholder id>`), counts what is shown on
    /// `<body>` (`data-shown-rows`, `-edges`, `-nodes`, `-events`) and marks `<body
    /// data-ready="yes">` once it has run (checked by `scripts/check-report.sh`). A constant: no
    /// user text ever goes in it.
    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("report-data").textContent);
      var acts = data.acts;
      var people = data.stakeholders;
      var form = document.getElementById("filters");
      var type = document.getElementById("filter-type");
      var who = document.getElementById("filter-who");
      var from = document.getElementById("filter-from");
      var to = document.getElementById("filter-to");
      var level = document.getElementById("filter-level");
      var count = document.getElementById("shown-count");
      var none = document.getElementById("no-match");
      var panel = document.getElementById("panel");
      var panelBody = document.getElementById("panel-body");
      var diagrams = Array.prototype.slice.call(document.querySelectorAll("#relationships svg"));
      var timelines = Array.prototype.slice.call(document.querySelectorAll("#timeline svg"));
      // A report of one level made with its other level holds a drawing of each (figures with
      // data-level); the level filter shows one. A report of both levels has one drawing.
      var views = Array.prototype.slice.call(document.querySelectorAll(".level-view"));
      var perLevel = views.some(function (view) { return view.getAttribute("data-level") !== ""; });
      var rows = Array.prototype.slice.call(document.querySelectorAll("#interaction-table tbody tr"));
      var rowActs = rows.map(function (row) { return Number(row.getAttribute("data-act")); });
      var names = acts.map(function (act) { return act.names.join("\n").toLowerCase(); });
      var visible = acts.map(function () { return true; });
      var shownPerson = -1;

      function each(list, action) { Array.prototype.forEach.call(list || [], action); }
      function setOff(element, off) { if (element) { element.classList.toggle("off", off); } }
      // Every drawn element with this id, in each drawing (the keys are hex, see ReportKey).
      function byKey(key) { return Array.prototype.slice.call(document.querySelectorAll('[id="' + key + '"]')); }
      function shownView(element) { var view = element.closest(".level-view"); return !view || !view.hidden; }

      // The drawn elements, found by the keys in the data.
      var nodeOf = {};
      var laneOf = {};
      people.forEach(function (person, index) { nodeOf[person.node] = index; laneOf[person.lane] = index; });
      var nodes = people.map(function (person) { return byKey(person.node); });
      var edges = {};
      acts.forEach(function (act) {
        if (!(act.edge in edges)) { edges[act.edge] = byKey(act.edge); }
      });
      var marks = {};
      var lanes = {};
      timelines.forEach(function (timeline) {
        each(timeline.querySelectorAll("[data-event]"), function (mark) {
          var key = mark.getAttribute("data-event");
          (marks[key] = marks[key] || []).push(mark);
        });
        each(timeline.querySelectorAll("[data-node]"), function (lane) {
          var key = lane.getAttribute("data-node");
          (lanes[key] = lanes[key] || []).push(lane);
        });
      });

      function apply() {
        var wanted = type.value;
        var text = who.value.trim().toLowerCase();
        var start = from.value;
        var end = to.value;
        var chosen = level.disabled ? "" : level.value;
        // Each level's own drawing shows that level: choosing it greys nothing there.
        var active = Boolean(wanted || text || start || end || (chosen && !perLevel));
        views.forEach(function (view) {
          var own = view.getAttribute("data-level");
          view.hidden = Boolean(own && chosen && own !== chosen);
        });
        visible = acts.map(function (act, index) {
          return (!wanted || act.type === wanted) &&
            (!text || names[index].indexOf(text) !== -1) &&
            (!start || (act.to !== "" && act.to >= start)) &&
            (!end || (act.from !== "" && act.from <= end)) &&
            (!chosen || act.levels.indexOf(chosen) !== -1);
        });
        var shown = 0;
        rows.forEach(function (row, index) {
          var on = visible[rowActs[index]];
          row.hidden = !on;
          if (on) { shown += 1; }
        });
        count.textContent = String(shown);
        none.hidden = shown !== 0;

        var edgeOn = {}, nodeOn = {}, markOn = {}, laneOn = {};
        acts.forEach(function (act, index) {
          if (!visible[index]) { return; }
          edgeOn[act.edge] = true;
          markOn[act.event] = true;
          [act.source, act.target].forEach(function (end) { nodeOn[end] = true; laneOn[people[end].lane] = true; });
        });
        var counts = { edges: 0, nodes: 0, events: 0 };
        // Only the drawings shown are marked and counted; the others are when their level is chosen.
        Object.keys(edges).forEach(function (key) {
          var on = !active || Boolean(edgeOn[key]);
          edges[key].filter(shownView).forEach(function (edge) { setOff(edge, !on); if (on) { counts.edges += 1; } });
        });
        nodes.forEach(function (drawn, index) {
          var on = !active || Boolean(nodeOn[index]);
          drawn.filter(shownView).forEach(function (node) { setOff(node, !on); if (on) { counts.nodes += 1; } });
        });
        Object.keys(marks).forEach(function (key) {
          var on = !active || Boolean(markOn[key]);
          marks[key].filter(shownView).forEach(function (mark) { setOff(mark, !on); if (on) { counts.events += 1; } });
        });
        Object.keys(lanes).forEach(function (key) {
          lanes[key].filter(shownView).forEach(function (lane) { setOff(lane, active && !laneOn[key]); });
        });
        document.body.setAttribute("data-shown-rows", String(shown));
        document.body.setAttribute("data-shown-edges", String(counts.edges));
        document.body.setAttribute("data-shown-nodes", String(counts.nodes));
        document.body.setAttribute("data-shown-events", String(counts.events));
        if (shownPerson >= 0) { show(shownPerson); }
        writeAddress();
      }

      // The address: #type=criticism&who=ofsted&from=2024-01-01&to=2024-12-31&level=person&show=<id>
      function readAddress() {
        var values = {};
        location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
          var at = pair.indexOf("=");
          if (at <= 0) { return; }
          try {
            values[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
          } catch (error) { /* a malformed escape: ignore that pair */ }
        });
        if (values.type !== undefined) { type.value = values.type; }
        if (values.who !== undefined) { who.value = values.who; }
        if (values.from !== undefined) { from.value = values.from; }
        if (values.to !== undefined) { to.value = values.to; }
        if (values.level !== undefined && !level.disabled) { level.value = values.level; }
        if (values.show !== undefined) {
          shownPerson = people.findIndex(function (person) { return person.id === values.show; });
        }
      }
      function writeAddress() {
        var parts = [];
        [["type", type.value], ["who", who.value], ["from", from.value], ["to", to.value],
         ["level", level.disabled ? "" : level.value],
         ["show", shownPerson >= 0 ? people[shownPerson].id : ""]].forEach(function (pair) {
          if (pair[1]) { parts.push(pair[0] + "=" + encodeURIComponent(pair[1])); }
        });
        var hash = parts.length ? "#" + parts.join("&") : "";
        if (hash === location.hash || (!hash && !location.hash)) { return; }
        try { history.replaceState(null, "", hash || location.pathname + location.search); } catch (error) { /* file: pages may refuse */ }
      }

      // The side panel: a stakeholder's engagements with their evidence.
      function element(name, className, text) {
        var made = document.createElement(name);
        if (className) { made.className = className; }
        if (text !== undefined) { made.textContent = text; }
        return made;
      }
      function show(index) {
        shownPerson = index;
        var person = people[index];
        panelBody.textContent = "";
        panelBody.appendChild(element("h2", "", person.name));
        panelBody.appendChild(element("p", "kind", person.kind + (person.role ? ", " + person.role : "")));
        var mine = [];
        // In a report with a drawing per level, the acts of the level shown.
        var chosen = level.disabled ? "" : level.value;
        acts.forEach(function (act, k) {
          if (act.parties.indexOf(index) !== -1 && (!perLevel || !chosen || act.levels.indexOf(chosen) !== -1)) { mine.push(k); }
        });
        mine.sort(function (a, b) {
          var x = acts[a].from, y = acts[b].from;
          if (x === y) { return a - b; }
          if (!x) { return 1; }
          if (!y) { return -1; }
          return x < y ? -1 : 1;
        });
        var matching = mine.filter(function (k) { return visible[k]; }).length;
        panelBody.appendChild(element("p", "hint", mine.length + " engagement" + (mine.length === 1 ? "" : "s") +
          ", " + matching + " matching the filters (the others are greyed)"));
        var list = element("ol", "engagements");
        mine.forEach(function (k) {
          var act = acts[k];
          var item = element("li", visible[k] ? "" : "off");
          var arrow = act.type === "meeting" ? " \u2014 " : " \u2192 ";
          item.appendChild(element("p", "act", act.date + " \u00b7 " + people[act.source].name + arrow +
            people[act.target].name + ": " + act.type));
          act.reports.forEach(function (report) {
            var quote = element("blockquote", "evidence", "\u201c" + report.evidence + "\u201d");
            item.appendChild(quote);
            var origin = element("p", "origin", (report.outlet || "article") + (report.reported ? ", " + report.reported : "") + " \u00b7 ");
            if (report.url) {
              var link = element("a", "", report.article);
              link.href = report.url;
              link.rel = "noopener noreferrer";
              origin.appendChild(link);
            } else {
              origin.appendChild(document.createTextNode(report.article));
            }
            item.appendChild(origin);
          });
          list.appendChild(item);
        });
        panelBody.appendChild(list);
        panel.hidden = false;
        nodes.forEach(function (drawn, k) { drawn.forEach(function (node) { node.classList.toggle("selected", k === index); }); });
      }
      function hide() {
        shownPerson = -1;
        panel.hidden = true;
        nodes.forEach(function (drawn) { drawn.forEach(function (node) { node.classList.remove("selected"); }); });
        writeAddress();
      }
      document.getElementById("panel-close").addEventListener("click", hide);
      document.addEventListener("keydown", function (event) { if (event.key === "Escape" && !panel.hidden) { hide(); } });
      document.getElementById("interaction-table").addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button.who") : null;
        if (button && button.getAttribute("data-node") in nodeOf) { show(nodeOf[button.getAttribute("data-node")]); writeAddress(); }
      });
      timelines.forEach(function (timeline) {
        timeline.addEventListener("click", function (event) {
          var lane = event.target.closest ? event.target.closest("[data-node]") : null;
          if (lane && lane.getAttribute("data-node") in laneOf) { show(laneOf[lane.getAttribute("data-node")]); writeAddress(); }
        });
      });

      // Pan (drag) and zoom (wheel, buttons) on the diagram's viewBox.
      function zoomable(svg) {
        var box = svg.viewBox && svg.viewBox.baseVal;
        if (!box || !box.width || !box.height) { return; }
        var home = { x: box.x, y: box.y, w: box.width, h: box.height };
        var view = { x: home.x, y: home.y, w: home.w, h: home.h };
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        function set() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
        function centre() { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
        function at(clientX, clientY) {
          var matrix = svg.getScreenCTM();
          if (!matrix) { return centre(); }
          var point = svg.createSVGPoint();
          point.x = clientX;
          point.y = clientY;
          return point.matrixTransform(matrix.inverse());
        }
        function zoom(factor, point) {
          var width = Math.min(Math.max(view.w / factor, home.w / 40), home.w * 4);
          factor = view.w / width;
          view.x = point.x - (point.x - view.x) / factor;
          view.y = point.y - (point.y - view.y) / factor;
          view.w = width;
          view.h = view.h / factor;
          set();
        }
        svg.addEventListener("wheel", function (event) {
          event.preventDefault();
          zoom(event.deltaY < 0 ? 1.25 : 0.8, at(event.clientX, event.clientY));
        }, { passive: false });
        var drag = null;
        var moved = false;
        svg.addEventListener("pointerdown", function (event) {
          if (event.button !== 0) { return; }
          var matrix = svg.getScreenCTM();
          drag = { x: event.clientX, y: event.clientY, left: view.x, top: view.y, scale: matrix && matrix.a ? 1 / matrix.a : 1 };
          moved = false;
        });
        svg.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
          if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
          if (!moved) {
            moved = true;
            svg.classList.add("dragging");
            if (svg.setPointerCapture) { try { svg.setPointerCapture(event.pointerId); } catch (error) { /* already released */ } }
          }
          view.x = drag.left - dx * drag.scale;
          view.y = drag.top - dy * drag.scale;
          set();
        });
        function release() { drag = null; svg.classList.remove("dragging"); }
        svg.addEventListener("pointerup", release);
        svg.addEventListener("pointercancel", release);
        svg.addEventListener("click", function (event) {
          if (moved) { moved = false; event.stopPropagation(); return; }
          var node = event.target.closest ? event.target.closest("g.node") : null;
          if (node && node.id in nodeOf) { show(nodeOf[node.id]); writeAddress(); }
        });
        each(document.querySelectorAll("#relationships [data-zoom]"), function (button) {
          button.addEventListener("click", function () {
            if (!shownView(svg)) { return; }
            var how = button.getAttribute("data-zoom");
            if (how === "reset") {
              view = { x: home.x, y: home.y, w: home.w, h: home.h };
              set();
            } else {
              zoom(how === "in" ? 1.25 : 0.8, centre());
            }
          });
        });
      }
      diagrams.forEach(zoomable);

      form.addEventListener("input", apply);
      form.addEventListener("change", apply);
      form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      readAddress();
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
    figure.zoomable { height: 70vh; min-height: 360px; overflow: hidden; padding: 0; touch-action: none; }
    figure.zoomable svg { width: 100%; height: 100%; max-width: none; cursor: grab; user-select: none; }
    figure.zoomable svg.dragging { cursor: grabbing; }
    .zoom { display: flex; justify-content: flex-end; gap: 4px; margin: 0 0 6px; }
    .zoom button { font: inherit; min-width: 32px; padding: 2px 8px; }
    svg .off { opacity: 0.1; }
    svg g.node { cursor: pointer; }
    svg g.node.selected polygon, svg g.node.selected ellipse { stroke: #0b57d0; stroke-width: 3; }
    #timeline g.lane { cursor: pointer; }
    button.who { background: none; border: none; padding: 0; font: inherit; color: #0b57d0; cursor: pointer; text-align: left; }
    button.who:hover { text-decoration: underline; }
    #panel { position: fixed; top: 0; right: 0; bottom: 0; width: min(440px, 92vw); overflow: auto; background: #fff;
      border-left: 1px solid #ccc; box-shadow: -4px 0 16px rgba(0,0,0,.12); padding: 16px 20px; z-index: 10; box-sizing: border-box; }
    #panel h2 { margin-top: 0; padding-right: 32px; }
    #panel-close { position: absolute; top: 12px; right: 12px; font-size: 20px; line-height: 1; background: none; border: none; cursor: pointer; }
    #panel .kind { color: #555; margin: 0 0 4px; }
    #panel ol { padding-left: 20px; }
    #panel li { margin-bottom: 12px; }
    #panel li.off { opacity: 0.45; }
    #panel .act { font-weight: 600; margin: 0 0 4px; }
    #panel blockquote { margin: 0 0 2px; padding-left: 8px; border-left: 3px solid #ddd; }
    #panel .origin { margin: 0 0 6px; color: #555; font-size: 13px; }
    #filters { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-end; margin: 8px 0 12px;
      padding: 12px; background: #f5f5f5; border-radius: 6px; }
    #filters label { display: flex; flex-direction: column; gap: 3px; font-size: 13px; color: #444; }
    #filters input, #filters select, #filters button { font: inherit; font-size: 14px; padding: 4px 6px; }
    #filters .count { margin: 0 0 6px auto; color: #444; }
    footer { margin-top: 32px; color: #666; font-size: 13px; }
    @media print { #filters, #panel, .zoom { display: none; } figure.diagram { border: none; } figure.zoomable { height: auto; }
      thead th { position: static; } }

    """
}
