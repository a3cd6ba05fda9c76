/* The page: renders the cable from /cable.json, embeds the chat widget, lights up the clauses
   the assistant cites, and lets a click on a clause ask about it. No inline scripts: the page's
   Content-Security-Policy allows scripts from this server only. */
(function () {
  "use strict";

  var chatRef = { current: null };
  var clauses = [];
  var shownKey = "";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function getJSON(url) {
    return fetch(url, { cache: "no-cache" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function isSafeHref(href) {
    try {
      var url = new URL(href, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch (e) {
      return false;
    }
  }

  /* --- The document ------------------------------------------------------------------- */

  function longDate(iso) {
    var d = new Date(iso + "T00:00:00Z");
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  function renderProvenance(meta) {
    document.getElementById("doc-title").textContent = meta.title;
    document.getElementById("archive-note").textContent = "Archive note: " + meta.archive_note;
    var dl = document.getElementById("provenance");
    var source = el("a", { href: isSafeHref(meta.url) ? meta.url : "#", rel: "noopener noreferrer" },
      "Wilson Center Digital Archive, document " + meta.wilson_center_id);
    var rows = [
      ["Date", longDate(meta.date)],
      ["From", meta.issuer],
      ["To", meta.recipient],
      ["Answering", "their letter of " + longDate(meta.letter.date) + " (serial code " +
        meta.letter.serial_code + ") on " + meta.letter.subject],
      ["Archive", meta.archive_citation],
      ["Source", source],
      ["Funding", meta.funding_note],
      ["Rights", meta.rights]
    ];
    rows.forEach(function (row) {
      dl.appendChild(el("dt", {}, row[0]));
      var dd = el("dd");
      if (typeof row[1] === "string") dd.textContent = row[1]; else dd.appendChild(row[1]);
      dl.appendChild(dd);
    });
    document.getElementById("attribution").textContent = meta.attribution;
  }

  function renderClauses(list) {
    var ol = document.getElementById("clauses");
    list.forEach(function (c) {
      var li = el("li", { id: c.id, "class": "clause", "data-clause": c.id, title: "Ask the assistant about this clause" });
      var head = el("div", { "class": "clause-head" });
      head.appendChild(el("h4", { id: c.id + "-label", "class": "clause-label" }, c.label));
      var badge = el("span", { "class": "cited-badge" }, "Cited");
      badge.hidden = true;
      head.appendChild(badge);
      var button = el("button", { type: "button", "class": "ask", "data-ask": c.ask }, "Ask");
      button.appendChild(el("span", { "class": "sr-only" }, " about " + c.label));
      head.appendChild(button);
      li.appendChild(head);
      var quote = el("blockquote", { cite: "#" + c.id });
      quote.appendChild(el("p", {}, c.text));
      li.appendChild(quote);
      ol.appendChild(li);
    });
    ol.addEventListener("click", function (event) {
      var li = event.target.closest(".clause");
      if (!li) return;
      var onButton = event.target.closest("button.ask");
      var selection = window.getSelection();
      // Selecting a quote to copy it is not a question.
      if (!onButton && selection && !selection.isCollapsed) return;
      ask(li.querySelector("button.ask").getAttribute("data-ask"));
    });
  }

  function renderLogicText(logic) {
    var root = document.getElementById("logic-text");
    var ol = el("ol");
    ol.appendChild(el("li", {}, logic.scope.question + " " + logic.scope.out_answers.join(" / ") + ": " +
      logic.scope.out_label + ". " + logic.scope.in_answers.join(" / ") + ": check every view."));
    logic.views.forEach(function (v) {
      var li = el("li", { "data-clause": v.clause_id });
      li.appendChild(el("strong", {}, v.title + " applies when: "));
      var parts = v.steps.map(function (s) { return s.question + " " + s.answer; });
      if (v.any_of.length) {
        parts.push("at least one of: " + v.any_of.map(function (s) { return s.question + " " + s.answer; }).join(" / "));
      }
      li.appendChild(document.createTextNode(parts.join("; ") + "."));
      ol.appendChild(li);
    });
    var prec = el("li", {}, "The views that apply give the outcome, first match first: ");
    var inner = el("ol");
    logic.precedence.forEach(function (p) { inner.appendChild(el("li", {}, p.when + ": " + p.label)); });
    prec.appendChild(inner);
    ol.appendChild(prec);
    ol.appendChild(el("li", { "data-clause": logic.railway.clause_id }, logic.railway.question + " " +
      logic.railway.answer + ": the " + logic.railway.label.toLowerCase() + " is added, whatever the outcome."));
    root.appendChild(ol);
  }

  function loadDiagram() {
    return fetch("/diagram.svg").then(function (r) { return r.text(); }).then(function (text) {
      var doc = new DOMParser().parseFromString(text, "image/svg+xml");
      if (doc.documentElement.nodeName !== "svg") return;
      document.getElementById("diagram").appendChild(document.importNode(doc.documentElement, true));
    });
  }

  /* --- Citations ---------------------------------------------------------------------- */

  function norm(text) {
    // The bot's safe() turns [ ] into ( ); markdown and quotes vary. Compare letters and digits.
    return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  function citations(text) {
    var quoted = [], mentioned = [];
    var flat = norm(text);
    clauses.forEach(function (c) {
      if (flat.indexOf(norm(c.text).slice(0, 60)) !== -1) quoted.push(c.id);
    });
    text.split("\n").forEach(function (line) {
      // "View 3 ... does not apply" (the step-by-step reasoning) names a view without citing it.
      if (/\b(does not|no longer|would not) apply\b/i.test(line)) return;
      var re = /\bviews?\s+([1-4](?:\s*(?:,|\+|and|or|&)\s*[1-4])*)\b/gi, m;
      while ((m = re.exec(line)) !== null) {
        (m[1].match(/[1-4]/g) || []).forEach(function (n) { mentioned.push("view_" + n); });
      }
    });
    if (/\brailway remark\b|^railway:/im.test(text)) mentioned.push("railway");
    if (/\bpreamble\b/i.test(text)) mentioned.push("preamble");
    return { quoted: quoted, mentioned: mentioned };
  }

  /* The clauses of the latest bot turn that cites any: those it quotes, else those it names. */
  function currentCitations(root) {
    var groups = root.querySelectorAll(".rw-group-message");
    var quoted = [], mentioned = [];
    for (var i = groups.length - 1; i >= 0; i--) {
      var g = groups[i];
      if (g.classList.contains("rw-from-client")) {
        if (quoted.length || mentioned.length) break;
        continue;
      }
      g.querySelectorAll(".rw-response .rw-message-text").forEach(function (node) {
        var found = citations(node.innerText || node.textContent || "");
        quoted = quoted.concat(found.quoted);
        mentioned = mentioned.concat(found.mentioned);
      });
    }
    var ids = quoted.length ? quoted : mentioned;
    return clauses.map(function (c) { return c.id; }).filter(function (id) { return ids.indexOf(id) !== -1; });
  }

  function markCited(ids) {
    document.querySelectorAll("[data-clause]").forEach(function (node) {
      var cited = ids.indexOf(node.getAttribute("data-clause")) !== -1;
      node.classList.toggle("cited", cited);
      if (node.classList.contains("clause")) {
        node.querySelector(".cited-badge").hidden = !cited;
        if (cited) node.setAttribute("aria-current", "true"); else node.removeAttribute("aria-current");
      }
    });
  }

  function showCitations(ids) {
    var key = ids.join(" ");
    if (key === shownKey) return;
    shownKey = key;
    markCited(ids);
    if (!ids.length) return;
    var first = document.getElementById(ids[0]);
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // Side by side, centre the clause in the document panel (the panel only, not the page); stacked
    // (a phone), scrolling would pull the reader away from the chat.
    if (first && sideBySide()) {
      var panel = document.getElementById("document");
      var top = first.offsetTop - (panel.clientHeight - first.offsetHeight) / 2;
      panel.scrollTo({ top: Math.max(0, top), behavior: still ? "auto" : "smooth" });
    }
    var labels = ids.map(function (id) { return document.getElementById(id + "-label").textContent; });
    document.getElementById("cite-status").textContent = "The assistant cites " + labels.join("; ") + ".";
  }

  function sideBySide() {
    return window.matchMedia("(min-width: 801px)").matches;
  }

  /* --- Defences and labels for the widget's markup -------------------------------------- */

  function tidyWidget(root) {
    // The widget renders markdown links without checking their scheme: keep only http(s).
    root.querySelectorAll("a[href]").forEach(function (a) {
      if (!isSafeHref(a.getAttribute("href"))) {
        a.removeAttribute("href");
        a.classList.add("unsafe-link");
        a.setAttribute("title", "Link removed: only http and https links are allowed");
      }
    });
    root.querySelectorAll("script, iframe, object, embed").forEach(function (n) { n.remove(); });
    var input = root.querySelector("textarea.rw-new-message");
    if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", "Message to the assistant");
    var send = root.querySelector("button.rw-send");
    if (send && !send.hasAttribute("aria-label")) send.setAttribute("aria-label", "Send");
    var log = root.querySelector(".rw-messages-container");
    if (log && !log.hasAttribute("role")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
      log.setAttribute("aria-label", "Conversation");
      log.setAttribute("tabindex", "0");
    }
  }

  function watchWidget(root) {
    var pending = false;
    new MutationObserver(function () {
      tidyWidget(root); // synchronously, before anything can be clicked
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        showCitations(currentCitations(root));
      });
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["href"] });
    document.addEventListener("click", function (event) {
      var a = event.target.closest && event.target.closest("a[href]");
      if (a && !isSafeHref(a.getAttribute("href"))) event.preventDefault();
    }, true);
  }

  /* --- The chat ----------------------------------------------------------------------- */

  function ask(question) {
    if (!chatRef.current || !question) {
      document.getElementById("cite-status").textContent = "The chat is not ready yet.";
      return;
    }
    chatRef.current.sendMessage(question, question); // (payload, text shown in the chat)
    if (!sideBySide()) document.getElementById("chat").scrollIntoView({ block: "start" });
  }

  function startChat(config) {
    var root = document.getElementById("rasaWebchatPro");
    watchWidget(root);
    window.WebChat.default({
      socketUrl: config.socketUrl,
      socketPath: "/socket.io/",
      initPayload: "/greet",
      customData: { language: "en" },
      title: "Study assistant",
      subtitle: "Assess a fictional case, or ask about the document",
      inputTextFieldHint: "Type a message",
      connectingText: "Connecting to the assistant\u2026",
      embedded: true,
      showCloseButton: false,
      hideWhenNotConnected: false,
      params: { storage: "session" }, // a reload keeps the conversation (sessionStorage)
      customMessageDelay: function () { return 250; },
      mainColor: "#1d3f6e",
      userBackgroundColor: "#1d4f91",
      userTextColor: "#ffffff",
      assistBackgoundColor: "#eef1f5",
      assistTextColor: "#1b1b1b",
      innerRef: chatRef
    }, root);
  }

  function main() {
    Promise.all([getJSON("/cable.json"), getJSON("/config.json")]).then(function (results) {
      var data = results[0];
      clauses = data.clauses;
      renderProvenance(data.metadata);
      renderClauses(data.clauses);
      renderLogicText(data.logic);
      startChat(results[1]);
      return loadDiagram().then(function () { markCited(shownKey ? shownKey.split(" ") : []); });
    }).catch(function (error) {
      var box = document.getElementById("load-error");
      box.textContent = "The page could not load: " + error.message;
      box.hidden = false;
    });
  }

  main();
})();
