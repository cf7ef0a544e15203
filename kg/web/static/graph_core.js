// The igkg graph page, first part: data, the vis network, the shared state, search.
// kg/web/page.py joins the parts (GRAPH_SCRIPTS: core, filter, time, focus, labels, state, graph) into
// one strict-mode function, so they share these variables. Every string from the data reaches the
// page through textContent or the canvas, never as HTML.
var data = JSON.parse(document.getElementById("igkg-data").textContent);
var byId = {}, adj = {};
data.nodes.forEach(function (n, i) { byId[n.id] = n; n.rank = i; adj[n.id] = []; n.words = n.key.split(" "); });
data.edges.forEach(function (e) { adj[e.from].push(e); adj[e.to].push(e); });
data.nodes.forEach(function (n) { n.timed = adj[n.id].some(function (e) { return e.timed; }); });
var PHONE = 600;  // at most this wide: the panel sits on top, the side panel at the bottom
// each relation type its own colour (the legend under "Связи / links" toggles it)
function edgeColor(e) { return {color: e.color, highlight: "#343a40", hover: "#495057", opacity: 1}; }
var PATH_COLOUR = "#d9480f";  // the shortest path (static/tools.js): its nodes' border, its edges
function onPath(e) { return !!(state.path && state.path.edges[e.id]); }
function pathEdgeStyle(e) { return {width: Math.max(4, (e.width || 1) + 2), color: {color: PATH_COLOUR, highlight: PATH_COLOUR, opacity: 1}}; }
function visNode(n) {
  var v = {id: n.id, color: n.color, shape: n.shape, size: n.size, title: n.title};
  if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
  return v;
}
function visEdge(e) {
  var v = {id: e.id, from: e.from, to: e.to, title: e.title, width: e.width, label: e.label || undefined,
           color: edgeColor(e)};
  if (e.added) { v.dashes = true; }  // added by "expand": marked as not in the page at first
  return v;
}
var nodes = new vis.DataSet(data.nodes.map(visNode));
var edges = new vis.DataSet(data.edges.map(visEdge));
var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, data.options);
var cli = data.meta.cli || {from: "", to: "", country: ""};
// focus: a node id; pair: an edge id (country view); shown/edgeShown: what the filters leave drawn
// path: the tools' shortest path ({nodes, edges, on: id -> true}), drawn above a focus's veil
var state = {focus: null, pair: null, lit: null, path: null, offKinds: {}, offCountries: {}, offRels: {},
             from: cli.from, to: cli.to, openScale: 1, openView: null, shown: {}, edgeShown: {}, applying: false};

// ---- nodes and edges added after the page opened (the tools' "expand", from data.meta.more): they join
// the indexes (byId, adj, data), so a click focuses them, search finds them, the legends and the period
// hide them and "expand" works on them as on any other node. ``newNodes`` carry x, y; ``newEdges`` the
// fields of kg/web/tools.py's _edge (this adds the id, colour, width and label). Returns what was added.
function addNodes(newNodes, newEdges) {
  var fresh = [], linked = [];
  newNodes.forEach(function (n) {
    if (byId[n.id]) { return; }
    n.rank = data.nodes.length; n.words = (n.key || "").split(" "); n.lines = n.lines || [];
    if (n.kindRank === undefined) { n.kindRank = 9; }
    byId[n.id] = n; adj[n.id] = [];
    data.nodes.push(n); fresh.push(n);
  });
  var relColor = {};
  (data.meta.rels || []).forEach(function (r) { relColor[r.key] = r.color; });
  newEdges.forEach(function (e) {
    if (!byId[e.from] || !byId[e.to]) { return; }
    e.id = data.edges.length; e.added = true; e.items = e.items || []; e.dates = e.dates || [];
    e.color = relColor[e.rel] || "#868e96"; e.width = widthFor(e.weight);
    e.label = e.weight > 1 && !data.meta.large ? "×" + e.weight : "";
    data.edges.push(e); adj[e.from].push(e); adj[e.to].push(e); linked.push(e);
  });
  var touched = fresh.map(function (n) { return n.id; });
  linked.forEach(function (e) { touched.push(e.from, e.to); });
  touched.forEach(function (id) { byId[id].timed = adj[id].some(function (e) { return e.timed; }); });
  if (fresh.length) { nodes.add(fresh.map(visNode)); }
  if (linked.length) { edges.add(linked.map(visEdge)); }
  recountLegends();
  refresh();  // hidden by the legends or the period like the rest
  if (state.focus !== null) { focusOn(state.focus, {quiet: true}); }  // the focus's neighbourhood grew
  return {nodes: fresh, edges: linked};
}

function $(id) { return document.getElementById(id); }
function el(tag, text, cls) {
  var x = document.createElement(tag);
  if (text !== undefined) { x.textContent = text; }
  if (cls) { x.className = cls; }
  return x;
}
function isPhone() { return window.innerWidth <= PHONE; }

// ---- search: the same folding as kg/rdf/searchkeys.py
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
