// The igkg graph page: legend filters, search, focus mode, side panel, date filter, labels by importance.
// Every string from the data reaches the page through textContent or the canvas, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("igkg-data").textContent);
  var byId = {}, adj = {};
  data.nodes.forEach(function (n, i) { byId[n.id] = n; n.rank = i; adj[n.id] = []; n.words = n.key.split(" "); });
  data.edges.forEach(function (e) { adj[e.from].push(e); adj[e.to].push(e); });
  var DIM = {background: "#eceff1", border: "#dde1e4"};
  // each relation type its own colour (the legend under "Связи / links" toggles it)
  function edgeColor(e) { return {color: e.color, highlight: "#343a40", hover: "#495057", opacity: 1}; }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var v = {id: n.id, color: n.color, shape: n.shape, size: n.size, title: n.title};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    return v;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, title: e.title, width: e.width, label: e.label || undefined,
            color: edgeColor(e)};
  }));
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, data.options);
  var state = {focus: null, lit: null, offKinds: {}, offCountries: {}, offRels: {}, from: "", to: "", openScale: 1, labels: []};

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined) { x.textContent = text; }
    if (cls) { x.className = cls; }
    return x;
  }

  // ---- search: the same folding as kg/network/searchkeys.py
  var FOLDS = [["kh", "h"], ["zh", "j"], ["ye", "e"], ["yo", "e"], ["yu", "u"], ["ya", "a"], ["iy", "i"],
               ["yi", "i"], ["y", "i"], ["x", "ks"], ["w", "v"], ["ck", "k"]];
  function queryWords(q) {
    var ws = q.toLowerCase().replace(/ё/g, "е").match(/[0-9a-zа-я]+/g) || [];
    return ws.map(function (w) {
      if (!/^[0-9a-z]+$/.test(w)) { return w; }
      FOLDS.forEach(function (f) { w = w.split(f[0]).join(f[1]); });
      return w;
    });
  }
  function wordMatches(q, words) {
    for (var i = 0; i < words.length; i++) {
      var k = words[i];
      if (k.indexOf(q) === 0) { return true; }
      if (k.length >= 4 && q.indexOf(k) === 0 && q.length - k.length <= data.meta.maxEnding) { return true; }
    }
    return false;
  }
  function search(q) {
    var qs = queryWords(q);
    if (!qs.length) { return []; }
    var hits = data.nodes.filter(function (n) {
      return qs.every(function (w) { return wordMatches(w, n.words); });
    });
    return hits.sort(function (a, b) { return (a.kindRank - b.kindRank) || (a.rank - b.rank); }).slice(0, 30);
  }
  function showHits(q) {
    var list = $("hits"), hits = q.trim() ? search(q) : [];
    list.textContent = "";
    $("nomatch").hidden = !(q.trim() && !hits.length);
    hits.forEach(function (n) {
      var li = el("li", n.text + " ");
      li.appendChild(el("span", n.kindLabel, "kind"));
      li.dataset.id = n.id;
      li.addEventListener("click", function () { choose(n.id); });
      list.appendChild(li);
    });
    return hits;
  }
  function choose(id) {
    network.focus(id, {scale: Math.max(network.getScale(), state.openScale * 1.5), animation: false});
    focusOn(id);
  }
  $("search").addEventListener("input", function (ev) { showHits(ev.target.value); });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var hits = search(ev.target.value);
    if (hits.length) { choose(hits[0].id); }
  });

  // ---- visibility: legend toggles and the date filter
  function inRange(dates) {
    if (!state.from && !state.to) { return true; }
    return dates.some(function (d) { return (!state.from || d >= state.from) && (!state.to || d <= state.to); });
  }
  function nodeShown(n) {
    if (state.offKinds[n.kind] || (n.country && state.offCountries[n.country])) { return false; }
    var dated = adj[n.id].filter(function (e) { return e.dated; });
    return !dated.length || dated.some(function (e) { return inRange(e.dates); });
  }
  function refresh() {
    var shown = {};
    nodes.update(data.nodes.map(function (n) {
      shown[n.id] = nodeShown(n);
      return {id: n.id, hidden: !shown[n.id]};
    }));
    edges.update(data.edges.map(function (e) {
      var on = shown[e.from] && shown[e.to] && !state.offRels[e.rel] && (!e.dated || inRange(e.dates));
      return {id: e.id, hidden: !on};
    }));
    window.igkgHidden = data.nodes.filter(function (n) { return !shown[n.id]; }).length;
  }
  function legend(listId, items, offMap) {
    var ul = $(listId);
    items.forEach(function (item) {
      var li = el("li");
      li.dataset.key = item.key;
      var sw = el("span", undefined, "swatch");
      if (item.color) { sw.style.background = item.color; } else { sw.style.display = "none"; }
      li.appendChild(sw);
      li.appendChild(document.createTextNode(item.label + " "));
      li.appendChild(el("span", String(item.count), "count"));
      li.addEventListener("click", function () {
        offMap[item.key] = !offMap[item.key];
        li.classList.toggle("off", offMap[item.key]);
        refresh();
      });
      ul.appendChild(li);
    });
  }
  legend("legend", data.meta.kinds, state.offKinds);
  legend("countries", data.meta.countries, state.offCountries);
  legend("rels", data.meta.rels || [], state.offRels);
  if (!(data.meta.rels || []).length) { $("rels-title").hidden = true; }
  if (!data.meta.countries.length) { $("countries-title").hidden = true; }
  if (data.meta.minDate) {
    $("dates").hidden = false;
    ["date-from", "date-to"].forEach(function (id) {
      $(id).min = data.meta.minDate; $(id).max = data.meta.maxDate;
      $(id).addEventListener("change", function () { state.from = $("date-from").value; state.to = $("date-to").value; refresh(); });
    });
  }
  $("note").textContent = data.meta.note || "";

  // ---- focus mode and the side panel
  function focusOn(id) {
    var n = byId[id];
    if (!n) { return; }
    var lit = {};
    lit[id] = true;
    adj[id].forEach(function (e) { lit[e.from] = true; lit[e.to] = true; });
    state.focus = id; state.lit = lit;
    nodes.update(data.nodes.map(function (m) { return {id: m.id, color: lit[m.id] ? m.color : DIM}; }));
    edges.update(data.edges.map(function (e) {
      var on = e.from === id || e.to === id;
      return {id: e.id, color: on ? edgeColor(e) : {color: "#e9ecef", opacity: 0.4}};
    }));
    network.selectNodes([id]);
    sidePanel(n);
    if (window.innerWidth <= 600) {  // on a phone the panel covers the lower part: keep the node above it
      network.focus(id, {scale: network.getScale(), offset: {x: 0, y: -window.innerHeight * 0.25}, animation: false});
    }
    window.igkgFocus = {id: id, lit: Object.keys(lit), dimmed: data.nodes.length - Object.keys(lit).length};
  }
  function clearFocus() {
    if (!state.focus) { return; }
    state.focus = null; state.lit = null;
    nodes.update(data.nodes.map(function (m) { return {id: m.id, color: m.color}; }));
    edges.update(data.edges.map(function (e) { return {id: e.id, color: edgeColor(e)}; }));
    $("side").hidden = true;
    window.igkgFocus = null; window.igkgPair = null;
  }
  function fact(e, other, outgoing) {
    // outgoing: "встречи (3): Путин"; incoming reads the other way: "Токаев — занимает должность в"
    var li = el("li"), rel = e.rel + (e.weight > 1 ? " (" + e.weight + ")" : "");
    var a = el("span", byId[other].text, "other");
    a.addEventListener("click", function () { choose(other); });
    if (outgoing) { li.appendChild(document.createTextNode(rel + ": ")); li.appendChild(a); }
    else { li.appendChild(a); li.appendChild(document.createTextNode(" — " + rel)); }
    e.items.slice(0, 12).forEach(function (t) { li.appendChild(el("span", t, "detail")); });
    return li;
  }
  function sidePanel(n) {
    $("side-title").textContent = n.text;
    $("side-kind").textContent = n.kindLabel + (n.country ? " · " + n.country : "");
    var lines = $("side-lines"), out = $("side-out"), inc = $("side-in");
    [lines, out, inc].forEach(function (x) { x.textContent = ""; });
    n.lines.forEach(function (t) { lines.appendChild(el("li", t)); });
    var shown = {out: 0, inc: 0}, LIMIT = 60;
    adj[n.id].slice().sort(function (a, b) { return b.weight - a.weight; }).forEach(function (e) {
      var outgoing = e.sym || e.from === n.id, which = outgoing ? "out" : "inc";
      if (++shown[which] <= LIMIT) { (outgoing ? out : inc).appendChild(fact(e, e.from === n.id ? e.to : e.from, outgoing)); }
    });
    if (shown.out > LIMIT) { out.appendChild(el("li", "… ещё " + (shown.out - LIMIT) + " / more")); }
    if (shown.inc > LIMIT) { inc.appendChild(el("li", "… ещё " + (shown.inc - LIMIT) + " / more")); }
    [out, inc].forEach(function (x) { if (!x.children.length) { x.appendChild(el("li", "—")); } });
    $("side-node").hidden = false; $("side-pair").hidden = true;
    $("side").hidden = false;
  }
  // country view: a click on an edge shows the pair, a link to its dossier and the command that writes it
  function pairPanel(e) {
    clearFocus();
    var p = e.pair;
    $("side-title").textContent = byId[e.from].text + " — " + byId[e.to].text;
    $("side-kind").textContent = p.summary;
    $("side-report").setAttribute("href", p.report);
    $("side-report-note").textContent = p.written ? "" : "Сначала запустите / first run:";
    $("side-command").textContent = p.command;
    var ul = $("side-months");
    ul.textContent = "";
    e.items.forEach(function (t) { ul.appendChild(el("li", t)); });
    $("side-node").hidden = true; $("side-pair").hidden = false;
    $("side").hidden = false;
    edges.update([{id: e.id, color: {color: "#343a40", opacity: 1}}]);
    state.focus = "edge:" + e.id;
    window.igkgPair = {from: e.from, to: e.to, report: p.report, command: p.command};
  }
  $("side-close").addEventListener("click", clearFocus);
  network.on("click", function (p) {
    if (p.nodes.length) { focusOn(p.nodes[0]); return; }
    var e = p.edges.length === 1 ? data.edges[p.edges[0]] : null;
    if (e && e.pair) { pairPanel(e); } else { clearFocus(); }
  });

  // ---- the panel folds away (on a phone it starts folded so the graph is visible)
  function fold(collapsed) {
    $("panel").classList.toggle("collapsed", collapsed);
    $("toggle").setAttribute("aria-expanded", String(!collapsed));
  }
  $("toggle").addEventListener("click", function () { fold(!$("panel").classList.contains("collapsed")); });
  if (window.innerWidth <= 600) { fold(true); }

  // ---- labels: drawn by importance, as many as fit without overlapping (screen-space check)
  function overlaps(b, boxes) {
    for (var i = 0; i < boxes.length; i++) {
      var c = boxes[i];
      if (b.x < c.x + c.w && c.x < b.x + b.w && b.y < c.y + c.h && c.y < b.y + b.h) { return true; }
    }
    return false;
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), zoom = scale / state.openScale;
    var budget = data.meta.labelAll ? data.nodes.length : Math.round(data.meta.labelsAtOpen * Math.max(1, zoom * zoom));
    var pr = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var w = ctx.canvas.width / pr, h = ctx.canvas.height / pr, placed = [], tried = 0;
    var order = state.lit ? data.nodes.filter(function (n) { return state.lit[n.id]; }) : data.nodes;
    var positions = network.getPositions(order.slice(0, budget * 4 + 200).map(function (n) { return n.id; }));
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.textBaseline = "top";
    for (var i = 0; i < order.length && placed.length < budget && tried < budget * 4 + 200; i++) {
      var n = order[i], p = positions[n.id];
      if (!p || !nodeShown(n)) { continue; }
      tried++;
      var d = network.canvasToDOM(p), big = n.rank < 5;
      ctx.font = (big ? "bold 14px" : "12px") + " sans-serif";
      var tw = ctx.measureText(n.text).width, th = big ? 16 : 14, r = n.size * scale;
      var box = {x: d.x - tw / 2 - 2, y: d.y + r + 2, w: tw + 4, h: th};
      if (box.x + box.w < 0 || box.x > w || box.y > h || box.y + box.h < 0) { continue; }
      if (overlaps(box, placed)) {
        var below = box.y;
        box.y = d.y - r - 2 - th;
        if (overlaps(box, placed)) {
          if (!data.meta.labelAll) { continue; }
          box.y = below;  // a small view labels every node, even where two labels touch
        }
      }
      box.id = n.id; box.text = n.text;
      placed.push(box);
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,.9)"; ctx.fillStyle = "#212529";
      ctx.strokeText(n.text, box.x + 2, box.y + 1);
      ctx.fillText(n.text, box.x + 2, box.y + 1);
    }
    ctx.restore();
    window.igkgLabels = placed;
  });

  function ready() {
    network.fit({animation: false});
    var width = window.innerWidth, panel = $("panel").offsetWidth + 16;
    if (width > 600 && panel < width / 2) {  // fit the graph into the space the panel leaves free
      var pos = network.getPositions(), lo = Infinity, hi = -Infinity;
      Object.keys(pos).forEach(function (id) {
        var x = network.canvasToDOM(pos[id]).x;
        lo = Math.min(lo, x); hi = Math.max(hi, x);
      });
      var shrink = Math.min(1, (width - panel - 40) / Math.max(hi - lo, 1));
      network.moveTo({position: network.getViewPosition(), scale: network.getScale() * shrink,
                      offset: {x: panel / 2, y: 0}, animation: false});
    }
    state.openScale = network.getScale();
    network.redraw();
    window.igkgStable = true;
  }
  if (data.options.physics.enabled && data.nodes.length) {  // an empty graph never stabilizes
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      ready();
    });
  } else {
    ready();
  }
  window.igkg = {network: network, nodes: nodes, edges: edges, data: data, focusOn: focusOn, search: search};
})();
