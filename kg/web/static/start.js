// The start page of `kg serve`: canned queries, a query form, results as plain values with IRIs as links.
// Values are put into the page with textContent only (never as HTML markup), and every request goes to this
// server (the page's Content-Security-Policy allows nothing else).
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const ESCAPABLE = "_~.-!$&'()*+,;=/?#@%";
  const IRI_FORBIDDEN = /[<>"{}|^`\\\u0000-\u0020]/;
  let prefixes = [];  // [prefix, namespace], longest namespace first
  let canned = {};

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  // The same rule as kg/rdf/terms.py: prefix:local with SPARQL's backslash escapes, else <iri>, so that a
  // value copied from the page pastes back into a query.
  function pnCharsU(c) {
    if (c === "_" || /[A-Za-z]/.test(c)) return true;
    const o = c.codePointAt(0);
    return o >= 0xC0 && o !== 0xD7 && o !== 0xF7 && !(o >= 0x2000 && o <= 0x206F && o !== 0x200C && o !== 0x200D)
      && !/\s/.test(c) && !(o >= 0xFFF0 && o <= 0xFFFF);
  }
  function pnChars(c) {
    return pnCharsU(c) || c === "-" || /[0-9]/.test(c) || c === "\u00B7" || (c >= "\u0300" && c <= "\u036F")
      || (c >= "\u203F" && c <= "\u2040");
  }
  function escapeLocal(local) {
    const chars = Array.from(local);
    let out = "";
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i], first = i === 0, last = i === chars.length - 1;
      const hex = chars.slice(i + 1, i + 3).join("");
      if (c === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) out += c;
      else if (first ? (pnCharsU(c) || c === ":" || /[0-9]/.test(c))
                     : (pnChars(c) || c === ":" || (c === "." && !last))) out += c;
      else if (ESCAPABLE.includes(c)) out += "\\" + c;
      else return null;
    }
    return out;
  }
  function iriText(iri) {
    for (const [prefix, ns] of prefixes) {
      if (iri.startsWith(ns)) {
        const local = escapeLocal(iri.slice(ns.length));
        if (local !== null) return prefix + ":" + local;
      }
    }
    return "<" + iri + ">";
  }

  function cell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.append(el("a", iriText(term.value), {href: "#describe=" + encodeURIComponent(term.value), title: term.value}));
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;  // the lexical form: no quotes, no language tag, no datatype
      const kind = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? iriText(term.datatype) : "";
      if (kind) td.title = kind;
    }
    return td;
  }

  function showTable(data) {
    const out = $("results");
    out.replaceChildren();
    if ("boolean" in data) {
      out.append(el("p", String(data.boolean), {class: "boolean"}));
      return 1;
    }
    const vars = data.head.vars, rows = data.results.bindings;
    const table = el("table", undefined, {id: "result-table"});
    const head = el("tr");
    for (const v of vars) head.append(el("th", v));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr");
      for (const v of vars) tr.append(cell(row[v]));
      body.append(tr);
    }
    table.append(body);
    out.append(table);
    return rows.length;
  }

  async function run(text) {
    const status = $("status");
    status.className = "";
    status.textContent = "running…";
    $("results").replaceChildren();
    const started = performance.now();
    try {
      const resp = await fetch("query", {method: "POST", body: text, headers: {
        "Content-Type": "application/sparql-query",
        "Accept": "application/sparql-results+json, text/turtle;q=0.8"}});
      const type = resp.headers.get("Content-Type") || "";
      if (!resp.ok) throw new Error((await resp.text()).trim() || resp.statusText);
      let summary;
      if (type.includes("json")) {
        const n = showTable(await resp.json());
        summary = n + (n === 1 ? " row" : " rows");
      } else {
        $("results").append(el("pre", await resp.text(), {id: "result-graph"}));
        summary = "graph";
      }
      status.textContent = `${summary} in ${((performance.now() - started) / 1000).toFixed(2)} s`;
    } catch (e) {
      status.className = "error";
      status.textContent = String(e.message || e);
    }
  }

  function describe(iri) {
    if (IRI_FORBIDDEN.test(iri)) return;
    const about = $("about");
    about.hidden = false;
    about.textContent = "Triples where " + iriText(iri) + " is the subject or the object";
    const term = "<" + iri + ">";
    const text = "SELECT ?subject ?predicate ?object WHERE {\n" +
      `  { VALUES ?subject { ${term} } ?subject ?predicate ?object }\n` +
      `  UNION { VALUES ?object { ${term} } ?subject ?predicate ?object }\n}\nLIMIT 1000`;
    $("query").value = text;
    run(text);
  }

  function route() {
    const hash = location.hash.slice(1);
    const eq = hash.indexOf("=");
    if (eq < 0) return;
    const key = hash.slice(0, eq), value = decodeURIComponent(hash.slice(eq + 1));
    if (key === "describe") describe(value);
    $("params").hidden = true;
    if (key === "query" && canned[value]) {
      $("about").hidden = false;
      $("about").textContent = canned[value].description;
      $("query").value = canned[value].text;
      showParams(canned[value]);
      run(canned[value].text);
    }
  }

  // A canned query's parameters as fields, prefilled with the defaults; the server binds them exactly
  // as `kg query --param` does (GET canned/NAME?VAR=VALUE answers the bound query).
  function showParams(q) {
    const form = $("params");
    form.replaceChildren();
    const names = Object.keys(q.params);
    if (!names.length) return;
    for (const name of names) {
      const label = el("label", name + " ");
      label.append(el("input", undefined, {name: name, value: q.params[name], "data-param": name}));
      form.append(label);
    }
    form.append(el("button", "Run with these values", {type: "submit", id: "run-params"}));
    form.hidden = false;
    form.onsubmit = async (e) => {
      e.preventDefault();
      const values = new URLSearchParams(new FormData(form));
      const resp = await fetch("canned/" + encodeURIComponent(q.name) + "?" + values);
      const text = await resp.text();
      if (!resp.ok) {
        $("status").className = "error";
        $("status").textContent = text.trim();
        return;
      }
      $("query").value = text;
      run(text);
    };
  }

  async function start() {
    const catalogue = await (await fetch("catalogue.json")).json();
    prefixes = Object.entries(catalogue.prefixes).sort((a, b) => b[1].length - a[1].length);
    const dl = $("prefixes");
    for (const [p, ns] of Object.entries(catalogue.prefixes)) dl.append(el("dt", p + ":"), el("dd", ns));
    const list = $("canned-list");
    for (const q of catalogue.queries) {
      canned[q.name] = q;
      const li = el("li");
      li.append(el("a", q.name, {href: "#query=" + encodeURIComponent(q.name), "data-query": q.name}),
                el("p", q.summary));
      list.append(li);
    }
    $("endpoint").textContent = new URL("query", location.href).href;
    $("form").addEventListener("submit", (e) => {
      e.preventDefault();
      $("about").hidden = true;
      run($("query").value);
    });
    window.addEventListener("hashchange", route);
    // a link to the address already shown fires no hashchange: run it again all the same
    document.addEventListener("click", (e) => {
      const a = e.target.closest("a[href^='#']");
      if (a && a.getAttribute("href") === location.hash) route();
    });
    route();
    document.body.dataset.ready = "yes";
  }

  start();
})();
