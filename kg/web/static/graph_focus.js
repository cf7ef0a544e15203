// ---- focus mode and the side panel; the focus is kept in the part of the screen no panel covers.
// The rest of the graph is dimmed by a veil drawn over it, and the neighbourhood drawn again above the
// veil: no node or edge changes in vis's data sets, so a focus costs one redraw even at 5,000 nodes.
function focusOn(id, how) {
  var n = byId[id];
  how = how || {};
  if (!n) { return; }
  if (state.pair !== null) { unmarkPair(); }
  var lit = {};
  lit[id] = true;
  adj[id].forEach(function (e) { lit[e.from] = true; lit[e.to] = true; });
  state.focus = id; state.lit = lit;
  network.selectNodes([id]);
  sidePanel(n);
  if (!how.keepView) { reveal(id, !!how.centre); } else if (!nodeInView(id)) { reveal(id, true); }
  network.redraw();
  window.igkgFocus = {id: id, lit: Object.keys(lit), dimmed: data.nodes.length - Object.keys(lit).length};
  if (!how.quiet) { saveState(true); }
}
function clearFocus(quiet) {
  if (state.focus === null && state.pair === null) { return; }
  if (state.pair !== null) { unmarkPair(); }
  state.focus = null; state.lit = null;
  network.unselectAll();
  network.redraw();
  $("side").hidden = true;
  window.igkgFocus = null; window.igkgPair = null;
  if (!quiet) { saveState(true); }
}
// the screen rectangle no panel covers: right of the panel (or below it, on a phone), left of the side
// panel (above it, on a phone)
function freeRect() {
  var w = window.innerWidth, h = window.innerHeight, r = {left: 0, top: 0, right: w, bottom: h};
  var p = $("panel").getBoundingClientRect();
  if (!$("side").hidden) {
    var s = $("side").getBoundingClientRect();
    if (isPhone()) { r.bottom = s.top; } else { r.right = s.left; }
  }
  if (isPhone()) { r.top = p.bottom; } else if (p.right < r.right - 200) { r.left = p.right; }
  return r;
}
// Moves the view so that the focus (and, if it fits without zooming out past the opening view, its
// neighbourhood) lies in the free rectangle; ``centre`` puts the node in its middle (a chosen hit).
function reveal(id, centre) {
  var r = freeRect(), pad = 40, scale = network.getScale();
  if (centre) { scale = Math.max(scale, state.openScale * 1.5); }
  var ids = Object.keys(state.lit).filter(function (k) { return state.shown[k] && k !== id; }).concat([id]);
  var pos = network.getPositions(ids), box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
  ids.forEach(function (k) {
    box.x0 = Math.min(box.x0, pos[k].x); box.x1 = Math.max(box.x1, pos[k].x);
    box.y0 = Math.min(box.y0, pos[k].y); box.y1 = Math.max(box.y1, pos[k].y);
  });
  var fw = Math.max(r.right - r.left - 2 * pad, 40), fh = Math.max(r.bottom - r.top - 2 * pad, 40);
  var fit = Math.min(fw / Math.max(box.x1 - box.x0, 1), fh / Math.max(box.y1 - box.y0, 1));
  if (!centre && fit < scale) { scale = Math.max(fit, Math.min(scale, state.openScale)); }
  var fits = (box.x1 - box.x0) * scale <= fw && (box.y1 - box.y0) * scale <= fh;
  var target = centre || !fits ? pos[id] : {x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2};
  if (!centre && scale === network.getScale() && inside(fits ? box : {x0: pos[id].x, x1: pos[id].x,
      y0: pos[id].y, y1: pos[id].y}, r, pad / 2)) { return; }  // already in view: the graph does not jump
  network.moveTo({position: target, scale: scale, animation: false,
                  offset: {x: (r.left + r.right - window.innerWidth) / 2, y: (r.top + r.bottom - window.innerHeight) / 2}});
}
function nodeInView(id) {
  var p = network.getPositions([id])[id];
  return inside({x0: p.x, x1: p.x, y0: p.y, y1: p.y}, freeRect(), 10);
}
function inside(box, r, pad) {
  var a = network.canvasToDOM({x: box.x0, y: box.y0}), b = network.canvasToDOM({x: box.x1, y: box.y1});
  return a.x >= r.left + pad && b.x <= r.right - pad && a.y >= r.top + pad && b.y <= r.bottom - pad;
}
// the veil over what is not in focus, then the focus's links and neighbours drawn again above it
function drawFocus(ctx) {
  if (!state.lit) { return; }
  var pr = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1, body = network.body;
  ctx.save();
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.fillStyle = "rgba(255,255,255,0.8)";
  ctx.fillRect(0, 0, ctx.canvas.width / pr, ctx.canvas.height / pr);
  ctx.restore();
  var path = state.path || {nodes: {}, edges: {}}, again = {};  // the path stays lit too
  adj[state.focus].forEach(function (e) { again[e.id] = true; });
  Object.keys(path.edges).forEach(function (id) { again[id] = true; });
  Object.keys(again).forEach(function (id) { if (state.edgeShown[id] && body.edges[id]) { body.edges[id].draw(ctx); } });
  Object.keys(state.lit).concat(Object.keys(path.nodes)).forEach(function (k) {
    if (state.shown[k] && body.nodes[k] && k !== state.focus) { body.nodes[k].draw(ctx); }
  });
  if (state.shown[state.focus]) { body.nodes[state.focus].draw(ctx); }  // the focus on top of all
}
// In a period a link in time counts and lists only its facts of the period (its dated items: "2025-03-04 …")
var DATED_ITEM = /^\d{4}-\d{2}-\d{2}/;
function periodItems(e) {
  if (!periodSet() || !e.timed) { return e.items; }
  return e.items.filter(function (t) { return !DATED_ITEM.test(t) || inRange([t.slice(0, 10)]); });
}
function fact(e, other, outgoing) {
  // outgoing: "встречи (3): Путин"; incoming reads the other way: "Токаев — занимает должность в"
  var w = periodWeight(e), li = el("li"), rel = e.rel + (w > 1 ? " (" + w + ")" : "");
  var a = el("span", byId[other].text, "other");
  a.addEventListener("click", function () { choose(other); });
  if (outgoing) { li.appendChild(document.createTextNode(rel + ": ")); li.appendChild(a); }
  else { li.appendChild(a); li.appendChild(document.createTextNode(" — " + rel)); }
  periodItems(e).slice(0, 12).forEach(function (t) { li.appendChild(el("span", t, "detail")); });
  return li;
}
function sidePanel(n) {
  $("side-title").textContent = n.text;
  $("side-kind").textContent = n.kindLabel + (n.country ? " · " + n.country : "");
  var lines = $("side-lines"), out = $("side-out"), inc = $("side-in");
  [lines, out, inc].forEach(function (x) { x.textContent = ""; });
  n.lines.forEach(function (t) { lines.appendChild(el("li", t)); });
  var shown = {out: 0, inc: 0}, LIMIT = 60;
  var links = adj[n.id].filter(function (e) { return !periodSet() || !e.timed || periodWeight(e) > 0; });
  links.sort(function (a, b) { return periodWeight(b) - periodWeight(a); }).forEach(function (e) {
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
function pairPanel(e, quiet) {
  clearFocus(true);
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
  state.pair = e.id;
  window.igkgPair = {from: e.from, to: e.to, report: p.report, command: p.command};
  if (!quiet) { saveState(true); }
}
// the shortest path the tools drew (or null): kept above the focus's veil, its style kept by the period
function markPath(p) {
  state.path = null;
  if (p) {
    state.path = {nodes: {}, edges: {}};
    p.nodes.forEach(function (id) { state.path.nodes[id] = true; });
    p.edges.forEach(function (id) { state.path.edges[id] = true; });
  }
  network.redraw();
}
function unmarkPair() {
  var e = data.edges[state.pair];
  state.pair = null;
  network.unselectAll();
  if (e) { edges.update([onPath(e) ? Object.assign({id: e.id}, pathEdgeStyle(e)) : {id: e.id, color: edgeColor(e)}]); }
}
// a hit chosen in the search list or the side panel: zoomed in on, centred in the free part of the screen
function choose(id) {
  if (isPhone()) { fold(true); }  // on a phone the panel folds after a choice, so the graph shows
  focusOn(id, {centre: true});
}
