// Analyst tools of the igkg graph page: shortest path, expand a node's neighbours, export of the view
// (PNG, SVG, CSV), community colouring. Reads what graph.js exposes on window.igkg (network, DataSets,
// data); adds its own section to the panel. Every string from the data reaches the page through
// textContent, an attribute or the canvas, never as HTML; downloads are blob: URLs made here (no request).
(function () {
  "use strict";
  var G = window.igkg;
  if (!G) { return; }
  var network = G.network, nodes = G.nodes, edges = G.edges, data = G.data, meta = data.meta;
  var byId = G.byId;  // graph.js's index: it holds the nodes "expand" adds too
  var PATH = G.pathColour || "#d9480f";

  function $(id) { return document.getElementById(id); }
  function el(tag, text, attrs) {
    var x = document.createElement(tag);
    if (text !== undefined) { x.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    return x;
  }
  function nodeText(id) { return byId[id] ? byId[id].text : id; }
  function edgeInfo(id) { return data.edges[id]; }

  // ---- the panel section
  var box = el("div", undefined, {id: "tools"});
  box.appendChild(el("div", "Инструменты / tools", {"class": "legend-title"}));
  var pathRow = el("div", undefined, {"class": "tools-row"});
  var from = el("input", undefined, {id: "path-from", type: "search", placeholder: "от / from", "aria-label": "path from", autocomplete: "off"});
  var to = el("input", undefined, {id: "path-to", type: "search", placeholder: "до / to", "aria-label": "path to", autocomplete: "off"});
  var go = el("button", "Путь / path", {id: "path-go", type: "button", title: "Кратчайший путь / shortest path"});
  var clear = el("button", "×", {id: "path-clear", type: "button", title: "Снять путь / clear the path"});
  pathRow.appendChild(from); pathRow.appendChild(to); pathRow.appendChild(go); pathRow.appendChild(clear);
  box.appendChild(pathRow);
  var pathNote = el("div", undefined, {id: "path-note"});
  var pathList = el("ol", undefined, {id: "path-list"});
  box.appendChild(pathNote); box.appendChild(pathList);
  var exportRow = el("div", undefined, {"class": "tools-row", id: "export"});
  [["export-png", "PNG"], ["export-svg", "SVG"], ["export-nodes", "CSV узлы / nodes"], ["export-edges", "CSV связи / edges"]]
    .forEach(function (b) { exportRow.appendChild(el("button", b[1], {id: b[0], type: "button"})); });
  box.appendChild(exportRow);
  var comm = meta.communities || {};
  if (comm.list && comm.list.length > 1) {
    var label = el("label", undefined, {id: "communities-toggle"});
    var check = el("input", undefined, {type: "checkbox", id: "communities-on"});
    label.appendChild(check);
    label.appendChild(document.createTextNode(" Сообщества / communities (" + comm.list.length + ")"));
    box.appendChild(label);
    var commList = el("ul", undefined, {id: "communities"});
    commList.hidden = true;
    comm.list.slice(0, 12).forEach(function (c) {
      var li = el("li");
      var sw = el("span", undefined, {"class": "swatch"});
      sw.style.background = c.color;
      li.appendChild(sw);
      li.appendChild(document.createTextNode(c.label + " "));
      li.appendChild(el("span", String(c.count), {"class": "count"}));
      commList.appendChild(li);
    });
    if (comm.list.length > 12) { commList.appendChild(el("li", "… ещё " + (comm.list.length - 12) + " / more")); }
    box.appendChild(commList);
    check.addEventListener("change", function () { colourCommunities(check.checked); });
  }
  ($("panel-body") || document.body).appendChild(box);

  // ---- community colouring: the nodes' own colour changes (data and vis), so focus, legend filters and
  // a path restored later keep it. graph.js's recolour changes all of them without vis's per-node update.
  function colourCommunities(on) {
    var changes = [];
    data.nodes.forEach(function (n) {
      if (n.kindColor === undefined) { n.kindColor = n.color; }
      var k = comm.of[n.id], c = on && k !== undefined ? comm.list[k].color : n.kindColor;
      if (c !== n.color) { n.color = c; changes.push({id: n.id, color: c}); }
    });
    (G.recolour || nodes.update.bind(nodes))(changes);
    if (drawnPath) { nodes.update(drawnPath.nodes.filter(function (id) { return nodes.get(id); }).map(pathNode)); }
    $("communities").hidden = !on;
    window.igkgCommunities = on;
  }

  // ---- what is visible: not hidden by a filter, and inside the drawn area
  function visibleNodes() {
    var frame = network.body.container.getBoundingClientRect();
    var shown = nodes.get({filter: function (v) { return !v.hidden; }});
    var pos = network.getPositions(shown.map(function (v) { return v.id; }));
    return shown.filter(function (v) {
      var d = network.canvasToDOM(pos[v.id]);
      return d.x >= 0 && d.y >= 0 && d.x <= frame.width && d.y <= frame.height;
    }).map(function (v) { return v.id; });
  }
  function visibleEdges(ids) {
    var set = {};
    (ids || visibleNodes()).forEach(function (id) { set[id] = true; });
    return edges.get({filter: function (e) { return !e.hidden && set[e.from] && set[e.to]; }});
  }

  // ---- shortest path (fewest links) over what is shown
  function neighbours() {
    var adj = {};
    edges.get({filter: function (e) { return !e.hidden; }}).forEach(function (e) {
      (adj[e.from] = adj[e.from] || []).push([e.to, e.id]);
      (adj[e.to] = adj[e.to] || []).push([e.from, e.id]);
    });
    return adj;
  }
  function shortestPath(a, b) {
    if (a === b) { return {nodes: [a], edges: []}; }
    var adj = neighbours(), hidden = {};
    nodes.get({filter: function (v) { return v.hidden; }}).forEach(function (v) { hidden[v.id] = true; });
    var prev = {}, queue = [a], seen = {};
    seen[a] = true;
    for (var i = 0; i < queue.length; i++) {
      var u = queue[i], next = adj[u] || [];
      for (var j = 0; j < next.length; j++) {
        var v = next[j][0];
        if (seen[v] || hidden[v]) { continue; }
        seen[v] = true; prev[v] = [u, next[j][1]]; queue.push(v);
        if (v === b) {
          var path = [b], via = [];
          while (path[0] !== a) { via.unshift(prev[path[0]][1]); path.unshift(prev[path[0]][0]); }
          return {nodes: path, edges: via};
        }
      }
    }
    return null;
  }
  var drawnPath = null;
  function pathNode(id) {
    var c = byId[id].color;
    return {id: id, borderWidth: 4, color: {background: c, border: PATH, highlight: {background: c, border: PATH}}};
  }
  // what puts the drawn path's nodes and edges back as they were (one DataSet update each: at 5,000 nodes
  // every update costs a pass over the network, so a new path restores and highlights in the same one)
  function restoring() {
    if (!drawnPath) { return {nodes: [], edges: []}; }
    return {
      nodes: drawnPath.nodes.filter(function (id) { return nodes.get(id); }).map(function (id) {
        return {id: id, borderWidth: 1, color: byId[id].color};
      }),
      edges: drawnPath.edges.map(function (id) {
        var e = edgeInfo(id);
        return {id: id, width: e.width || 1, color: {color: e.color, highlight: "#343a40", hover: "#495057", opacity: 1}};
      })
    };
  }
  function forget() {
    drawnPath = null; window.igkgPath = null;
    if (G.markPath) { G.markPath(null); }
    pathList.textContent = ""; pathNote.textContent = "";
  }
  // a choice of the user's goes into the URL (graph_state.js); restoring one from it does not
  function remember() { if (G.saveState) { G.saveState(true); } }
  function clearPath() {
    var had = !!drawnPath;
    var back = restoring();
    if (back.nodes.length) { nodes.update(back.nodes); }
    if (back.edges.length) { edges.update(back.edges); }
    forget();
    if (had) { remember(); }
  }
  function resolve(text) {
    var t = text.trim();
    if (!t) { return window.igkgFocus ? window.igkgFocus.id : null; }
    if (byId[t]) { return t; }
    var hits = G.search(t).filter(function (n) { var v = nodes.get(n.id); return v && !v.hidden; });
    return hits.length ? hits[0].id : null;
  }
  // opts.quiet: restored from the URL (the entry's own view stays; no new history entry)
  function showPath(a, b, opts) {
    var quiet = !!(opts && opts.quiet);
    var p = a && b ? shortestPath(a, b) : null;
    if (!p) {
      clearPath();
      pathNote.textContent = !a || !b ? "Не найдено / not found: " + (!a ? from.value : to.value)
        : "Нет пути среди показанных / no path among the shown nodes";
      return null;
    }
    var back = restoring(), onPath = {}, viaPath = {};
    forget();
    drawnPath = p;
    p.nodes.forEach(function (id) { onPath[id] = true; });
    p.edges.forEach(function (id) { viaPath[id] = true; });
    nodes.update(back.nodes.filter(function (v) { return !onPath[v.id]; }).concat(p.nodes.map(pathNode)));
    edges.update(back.edges.filter(function (v) { return !viaPath[v.id]; }).concat(p.edges.map(function (id) {
      return {id: id, width: Math.max(4, (edgeInfo(id).width || 1) + 2), color: {color: PATH, highlight: PATH, opacity: 1}};
    })));
    if (G.markPath) { G.markPath(p); }  // graph.js draws it above a focus's veil
    pathNote.textContent = (p.nodes.length - 1) + " шаг(а) / steps";
    p.nodes.forEach(function (id, i) {
      var li = el("li", nodeText(id));
      if (i > 0) { li.appendChild(el("span", " ← " + edgeInfo(p.edges[i - 1]).rel, {"class": "via"})); }
      li.addEventListener("click", function () { if (byId[id]) { G.focusOn(id); } });
      pathList.appendChild(li);
    });
    window.igkgPath = p.nodes;
    if (!quiet) {
      network.fit({nodes: p.nodes, animation: false});
      if (network.getScale() > 1.5) { network.moveTo({scale: 1.5, animation: false}); }
      remember();  // a new entry with the path; the view it was fitted into follows (viewMoved)
      if (G.viewMoved) { G.viewMoved(); }
    }
    return p.nodes;
  }
  go.addEventListener("click", function () { showPath(resolve(from.value), resolve(to.value)); });
  [from, to].forEach(function (x) {
    x.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go.click(); } });
  });
  clear.addEventListener("click", clearPath);

  // ---- expand: the focused node's neighbours the page left out (embedded at build time, capped; an added
  // node's own neighbours too). graph.js's addNodes puts them in its indexes: they are nodes like the rest.
  var more = meta.more || {}, pool = more.nodes || {}, poolEdges = more.edges || [], usedEdges = {};
  var expandBtn = el("button", "Раскрыть соседей / expand", {id: "expand", type: "button"});
  var expandNote = el("div", undefined, {id: "expand-note"});
  var side = $("side");
  if (side) {
    var anchor = $("side-node") || null;
    side.insertBefore(expandBtn, anchor);
    side.insertBefore(expandNote, anchor);
  }
  function expandable(id) {
    return ((more.around || {})[id] || []).filter(function (k) { return !byId[k] && pool[k]; });
  }
  function updateExpand() {
    var id = window.igkgFocus ? window.igkgFocus.id : null, n = id ? expandable(id).length : 0;
    expandBtn.hidden = !id || !n;
    expandBtn.textContent = "Раскрыть соседей / expand (+" + n + ")";
  }
  function expand(id) {
    var fresh = expandable(id), left = (more.left || {})[id] || 0;
    if (!fresh.length) { expandNote.textContent = "Все соседи показаны / all neighbours are drawn"; return 0; }
    var centre = network.getPositions([id])[id], r = 90 + 6 * fresh.length, coming = {};
    var newNodes = fresh.map(function (k, i) {
      var a = 2 * Math.PI * i / fresh.length, n = Object.assign({}, pool[k]);
      n.x = centre.x + r * Math.cos(a); n.y = centre.y + r * Math.sin(a);
      coming[k] = true;
      return n;
    });
    // every embedded edge whose two ends are now drawn, not only those to the expanded node
    var newEdges = [];
    poolEdges.forEach(function (e, i) {
      if (!usedEdges[i] && (byId[e.from] || coming[e.from]) && (byId[e.to] || coming[e.to])) {
        usedEdges[i] = true;
        newEdges.push(Object.assign({}, e));
      }
    });
    G.addNodes(newNodes, newEdges);
    if (G.viewMoved) { G.viewMoved(); }  // the focus may have moved the view to show them
    expandNote.textContent = "+" + fresh.length + (left ? " (ещё " + left + " не в странице / more not in the page)" : "");
    updateExpand();
    window.igkgExpanded = (window.igkgExpanded || 0) + fresh.length;
    return fresh.length;
  }
  expandBtn.addEventListener("click", function () { if (window.igkgFocus) { expand(window.igkgFocus.id); } });
  if ($("side-title")) {
    var noted = null;  // the node the expand note speaks of: a new focus clears it (not a redrawn panel)
    new MutationObserver(function () {
      var id = window.igkgFocus ? window.igkgFocus.id : null;
      if (id !== noted) { expandNote.textContent = ""; noted = id; }
      updateExpand();
    })
      .observe($("side-title"), {childList: true, characterData: true, subtree: true});
  }
  updateExpand();

  // ---- export: PNG of the canvas, SVG drawn from the positions, CSV of the visible nodes and edges
  function download(name, blob) {
    var a = el("a", undefined, {download: name});
    a.href = URL.createObjectURL(blob);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function png() {
    var src = network.canvas.frame.canvas, out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    out.toBlob(function (blob) { download("igkg-view.png", blob); }, "image/png");
  }
  function colourOf(v, fallback) {
    var c = v.color;
    if (!c) { return fallback; }
    return typeof c === "string" ? c : (c.background || c.color || fallback);
  }
  function svgText() {
    var NS = "http://www.w3.org/2000/svg", frame = network.body.container.getBoundingClientRect();
    var ids = visibleNodes(), shown = {}, scale = network.getScale();
    ids.forEach(function (id) { shown[id] = true; });
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("xmlns", NS);
    svg.setAttribute("width", String(Math.round(frame.width)));
    svg.setAttribute("height", String(Math.round(frame.height)));
    svg.setAttribute("viewBox", "0 0 " + Math.round(frame.width) + " " + Math.round(frame.height));
    var bg = document.createElementNS(NS, "rect");
    bg.setAttribute("width", "100%"); bg.setAttribute("height", "100%"); bg.setAttribute("fill", "#fff");
    svg.appendChild(bg);
    var pos = network.getPositions(ids), dom = {};
    ids.forEach(function (id) { dom[id] = network.canvasToDOM(pos[id]); });
    var gEdges = document.createElementNS(NS, "g");
    gEdges.setAttribute("id", "edges");
    visibleEdges(ids).forEach(function (e) {
      var line = document.createElementNS(NS, "line"), a = dom[e.from], b = dom[e.to];
      line.setAttribute("x1", a.x.toFixed(1)); line.setAttribute("y1", a.y.toFixed(1));
      line.setAttribute("x2", b.x.toFixed(1)); line.setAttribute("y2", b.y.toFixed(1));
      line.setAttribute("stroke", colourOf(e, "#adb5bd"));
      line.setAttribute("stroke-width", String(Math.max(0.5, (e.width || 1) * Math.min(scale, 2)).toFixed(1)));
      var t = document.createElementNS(NS, "title");
      t.textContent = e.title || "";
      line.appendChild(t);
      gEdges.appendChild(line);
    });
    svg.appendChild(gEdges);
    var gNodes = document.createElementNS(NS, "g");
    gNodes.setAttribute("id", "nodes");
    nodes.get(ids).forEach(function (v) {
      var c = document.createElementNS(NS, "circle"), d = dom[v.id];
      c.setAttribute("cx", d.x.toFixed(1)); c.setAttribute("cy", d.y.toFixed(1));
      c.setAttribute("r", String(Math.max(2, (v.size || 8) * scale).toFixed(1)));
      c.setAttribute("fill", colourOf(v, "#868e96"));
      c.setAttribute("stroke", "#495057"); c.setAttribute("stroke-width", "0.5");
      c.setAttribute("data-id", v.id);
      var t = document.createElementNS(NS, "title");
      t.textContent = nodeText(v.id);
      c.appendChild(t);
      gNodes.appendChild(c);
    });
    svg.appendChild(gNodes);
    var gLabels = document.createElementNS(NS, "g");
    gLabels.setAttribute("id", "labels");
    gLabels.setAttribute("font-family", "sans-serif"); gLabels.setAttribute("font-size", "12");
    (window.igkgLabels || []).filter(function (b) { return shown[b.id]; }).forEach(function (b) {
      var t = document.createElementNS(NS, "text");
      t.setAttribute("x", (b.x + 2).toFixed(1)); t.setAttribute("y", (b.y + 12).toFixed(1));
      t.setAttribute("fill", "#212529"); t.setAttribute("stroke", "#fff"); t.setAttribute("stroke-width", "3");
      t.setAttribute("paint-order", "stroke");
      t.textContent = b.text;
      gLabels.appendChild(t);
    });
    svg.appendChild(gLabels);
    return new XMLSerializer().serializeToString(svg);  // escapes every label
  }
  function csvCell(v) {
    var s = v === undefined || v === null ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // a spreadsheet must not read a label as a formula
    return /[",\n\r;]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(rows) { return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function nodesCsv() {
    var ids = visibleNodes(), pos = network.getPositions(ids);
    var rows = [["id", "label", "kind", "country", "degree", "community", "x", "y"]];
    ids.forEach(function (id) {
      var n = byId[id] || {};
      var k = comm.of ? comm.of[id] : undefined;
      rows.push([id, n.text, n.kindLabel, n.country, n.degree, k === undefined ? "" : k,
                 pos[id].x.toFixed(1), pos[id].y.toFixed(1)]);
    });
    return csv(rows);
  }
  function edgesCsv() {
    var rows = [["source", "target", "source_label", "target_label", "relation", "weight", "first_date", "last_date"]];
    visibleEdges().forEach(function (v) {
      var e = edgeInfo(v.id), dates = e.dates || [];
      rows.push([v.from, v.to, nodeText(v.from), nodeText(v.to), e.rel, e.weight, dates[0] || "", dates[dates.length - 1] || ""]);
    });
    return csv(rows);
  }
  $("export-png").addEventListener("click", png);
  $("export-svg").addEventListener("click", function () {
    download("igkg-view.svg", new Blob([svgText()], {type: "image/svg+xml"}));
  });
  $("export-nodes").addEventListener("click", function () {
    download("igkg-nodes.csv", new Blob(["\ufeff" + nodesCsv()], {type: "text/csv;charset=utf-8"}));
  });
  $("export-edges").addEventListener("click", function () {
    download("igkg-edges.csv", new Blob(["\ufeff" + edgesCsv()], {type: "text/csv;charset=utf-8"}));
  });

  window.igkgTools = {path: showPath, clearPath: clearPath, expand: expand, visibleNodes: visibleNodes,
                      visibleEdges: visibleEdges, svg: svgText, nodesCsv: nodesCsv, edgesCsv: edgesCsv,
                      communities: colourCommunities};
  // a shared link with a path, when graph.js settled before this script ran (no physics to wait for)
  if (window.igkgStable && G.applyPath) { G.applyPath(new URLSearchParams(location.hash.replace(/^#/, ""))); }
})();
