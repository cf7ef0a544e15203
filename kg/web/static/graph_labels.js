// ---- labels, drawn on the canvas: in a small view (meta.labelAll) every node, else by importance as many
// as fit without overlapping (screen-space check); a long label ends in "…" (the full one is in the
// tooltip and the side panel)
var LABEL_MAX = 30;
function shortLabel(text) { return text.length > LABEL_MAX ? text.slice(0, LABEL_MAX - 1) + "…" : text; }
function overlaps(b, boxes) {
  for (var i = 0; i < boxes.length; i++) {
    var c = boxes[i];
    if (b.x < c.x + c.w && c.x < b.x + b.w && b.y < c.y + c.h && c.y < b.y + b.h) { return true; }
  }
  return false;
}
// below the node, above it, right of it, left of it, then at its corners: the first place free of other
// labels (a small view takes the place below even when it touches another label)
function placeLabel(d, r, tw, th, placed) {
  var below = d.y + r + 2, above = d.y - r - 2 - th, right = d.x + r + 3, left = d.x - r - 7 - tw;
  var spots = [{x: d.x - tw / 2 - 2, y: below}, {x: d.x - tw / 2 - 2, y: above}, {x: right, y: d.y - th / 2},
               {x: left, y: d.y - th / 2}, {x: right, y: below}, {x: left, y: below}, {x: right, y: above},
               {x: left, y: above}];
  for (var i = 0; i < spots.length; i++) {
    var box = {x: spots[i].x, y: spots[i].y, w: tw + 4, h: th};
    if (!overlaps(box, placed)) { return box; }
  }
  return data.meta.labelAll ? {x: spots[0].x, y: spots[0].y, w: tw + 4, h: th} : null;
}
function drawLabels(ctx) {
  var scale = network.getScale(), zoom = scale / state.openScale;
  var budget = data.meta.labelAll ? data.nodes.length : Math.round(data.meta.labelsAtOpen * Math.max(1, zoom * zoom));
  var pr = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
  var w = ctx.canvas.width / pr, h = ctx.canvas.height / pr, placed = [], tried = 0;
  var order = state.lit ? data.nodes.filter(function (n) { return state.lit[n.id] || (state.path && state.path.nodes[n.id]); })
    : data.nodes;
  var positions = network.getPositions(order.slice(0, budget * 4 + 200).map(function (n) { return n.id; }));
  ctx.save();
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.textBaseline = "top";
  for (var i = 0; i < order.length && placed.length < budget && tried < budget * 4 + 200; i++) {
    var n = order[i], p = positions[n.id];
    if (!p || !state.shown[n.id]) { continue; }
    tried++;
    var d = network.canvasToDOM(p), big = n.rank < 5, text = shortLabel(n.text);
    ctx.font = (big ? "bold 14px" : "12px") + " sans-serif";
    var box = placeLabel(d, n.size * scale, ctx.measureText(text).width, big ? 16 : 14, placed);
    if (!box || box.x + box.w < 0 || box.x > w || box.y > h || box.y + box.h < 0) { continue; }
    box.id = n.id; box.text = text; box.full = n.text;
    placed.push(box);
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,.9)"; ctx.fillStyle = "#212529";
    ctx.strokeText(text, box.x + 2, box.y + 1);
    ctx.fillText(text, box.x + 2, box.y + 1);
  }
  ctx.restore();
  window.igkgLabels = placed;
}
network.on("afterDrawing", function (ctx) { drawFocus(ctx); drawLabels(ctx); });

// ---- a small view labels every node, so its opening layout makes room for them: the physics layout knows
// nothing of label sizes, so nodes whose dot-and-label boxes overlap at the opening scale are pushed apart
// (along the axis where they overlap least) until none do. Returns whether any node moved.
var SPREAD_ROUNDS = 400;
function labelBoxes(scale) {
  var ctx = document.createElement("canvas").getContext("2d"), pos = network.getPositions(), boxes = [];
  data.nodes.forEach(function (n) {
    var p = pos[n.id], big = n.rank < 5;
    if (!p || !state.shown[n.id]) { return; }
    ctx.font = (big ? "bold 14px" : "12px") + " sans-serif";
    var w = (ctx.measureText(shortLabel(n.text)).width + 10) / scale, h = (big ? 20 : 18) / scale;
    var half = Math.max(w / 2, n.size), top = p.y - n.size;
    boxes.push({id: n.id, x: p.x - half, y: top, w: 2 * half, h: 2 * n.size + h, cx: p.x, cy: p.y});
  });
  return boxes;
}
function pushApart(a, b) {
  var ox = Math.min(a.x + a.w - b.x, b.x + b.w - a.x), oy = Math.min(a.y + a.h - b.y, b.y + b.h - a.y);
  if (ox <= 0 || oy <= 0) { return false; }
  if (oy <= ox) {
    var sy = (a.y + a.h / 2 <= b.y + b.h / 2) ? -1 : 1;
    a.y += sy * oy / 2; b.y -= sy * oy / 2; a.cy += sy * oy / 2; b.cy -= sy * oy / 2;
  } else {
    var sx = (a.x + a.w / 2 <= b.x + b.w / 2) ? -1 : 1;
    a.x += sx * ox / 2; b.x -= sx * ox / 2; a.cx += sx * ox / 2; b.cx -= sx * ox / 2;
  }
  return true;
}
function spreadLabels(scale) {
  var boxes = labelBoxes(scale), moved = false;
  for (var round = 0; round < SPREAD_ROUNDS; round++) {
    var any = false;
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) { if (pushApart(boxes[i], boxes[j])) { any = true; } }
    }
    if (!any) { break; }
    moved = true;
  }
  boxes.forEach(function (b) { network.moveNode(b.id, b.cx, b.cy); });
  return moved;
}
