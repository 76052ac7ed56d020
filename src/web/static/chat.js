// The live chat in the page (docs/chat_protocol.md). Without this file the
// start form posts and the plain HTML chat works; with it, the same form opens
// a WebSocket. Keeps nothing beyond the tab: no cookies, no storage; the
// conversation's token lives in this script's memory only. Messages are shown
// with textContent, never as HTML.
(function () {
  "use strict";

  var form = document.getElementById("chat-start");
  var app = document.getElementById("chat-app");
  if (!form || !app || !window.WebSocket) return;

  var log = document.getElementById("chat-log");
  var status = document.getElementById("chat-status");
  var typingLine = document.getElementById("chat-typing");
  var sendForm = document.getElementById("chat-send");
  var textBox = document.getElementById("chat-text");
  var endButton = document.getElementById("chat-end");
  var texts = app.dataset;

  var socket = null;
  var token = null;        // resumes the conversation after a dropped connection
  var received = 0;        // the last staff message shown
  var nextSeq = 1;         // the number of our next message
  var unacked = {};        // seq -> {text, item}: sent, not yet confirmed
  var ended = false;
  var retryDelay = 500;
  var staffName = "";
  var typingSent = false;
  var typingTimer = null;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function say(text) { status.textContent = text; }

  // The server refuses control characters (and then every later message, whose
  // number follows the refused one): Word's line breaks (\v) become real ones,
  // the rest goes. Line breaks and tabs stay.
  function clean(text) {
    return text.replace(/[\u000B\u000C]/g, "\n").replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "");
  }

  function addLine(who, text, mine) {
    var item = document.createElement("li");
    item.className = "chat-line " + (mine ? "from-visitor" : "from-staff");
    var name = document.createElement("span");
    name.className = "chat-who";
    name.textContent = who;
    var body = document.createElement("div");
    body.className = "chat-text";
    body.textContent = text;
    item.appendChild(name);
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  function showReceipt(code) {
    var box = document.createElement("div");
    box.className = "receipt-box";
    box.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = texts.textReceipt;
    var value = document.createElement("p");
    value.className = "receipt-code";
    value.textContent = code;
    box.appendChild(text);
    box.appendChild(value);
    app.insertBefore(box, log.parentNode);
  }

  function finish(text) {
    ended = true;
    say(text);
    sendForm.hidden = true;
    endButton.hidden = true;
    typingLine.textContent = "";
    if (socket) socket.close();
  }

  function handle(frame) {
    switch (frame.type) {
      case "started":
        token = frame.conversation;
        break;
      case "resumed":
        // Everything the server does not have yet goes again, in order.
        Object.keys(unacked).map(Number).sort(function (a, b) { return a - b; }).forEach(function (seq) {
          send({ type: "message", seq: seq, text: unacked[seq].text });
        });
        break;
      case "closed":
        finish(texts.textClosed);
        break;
      case "queue":
        say(fill(texts.textPosition, { position: frame.position, minutes: frame.wait_minutes }));
        break;
      case "state":
        if (frame.state === "waiting") say(texts.textWaiting);
        if (frame.state === "talking") { staffName = frame.staff; say(fill(texts.textTalking, { name: frame.staff })); }
        if (frame.state === "ended") finish(texts.textEnded);
        break;
      case "message":
        if (frame.seq > received) {
          received = frame.seq;
          addLine(frame.staff, frame.text, false);
        }
        send({ type: "ack", seq: frame.seq });
        typingLine.textContent = "";
        break;
      case "ack":
        if (unacked[frame.seq]) {
          unacked[frame.seq].item.classList.remove("pending");
          delete unacked[frame.seq];
        }
        break;
      case "typing":
        typingLine.textContent = frame.on ? fill(texts.textTyping, { name: staffName }) : "";
        break;
      case "receipt":
        showReceipt(frame.code);
        break;
      case "error":
        // A refused message (too long, too many): drop it and reuse its number,
        // or everything after it would be refused as out of order.
        if (frame.seq && unacked[frame.seq]) {
          unacked[frame.seq].item.classList.add("failed");
          unacked[frame.seq].item.classList.remove("pending");
          delete unacked[frame.seq];
          if (frame.seq === nextSeq - 1) nextSeq = frame.seq;
        }
        // The server's words are English; the visitor reads their own language.
        if (frame.code === "not_found") finish(texts.textEnded);
        else if (frame.code === "too_large") say(texts.textTooLong);
        else if (frame.code === "rate_limited") say(texts.textTooMany);
        else say(texts.textError);
        break;
    }
  }

  function connect(first) {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + app.dataset.socketPath);
    socket.onopen = function () {
      retryDelay = 500;
      if (first) send(first);
      else send({ type: "resume", conversation: token, received: received });
    };
    socket.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (ignored) { /* a frame we cannot read */ }
    };
    socket.onclose = function () {
      if (ended) return;
      say(texts.textReconnecting);
      // Before the server gave a token, a new start is the only way on.
      var again = token ? null : first;
      window.setTimeout(function () { connect(again); }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 8000);
    };
  }

  function checked(name) {
    var input = form.querySelector("input[name='" + name + "']:checked");
    return input ? input.value : "";
  }

  form.addEventListener("submit", function (event) {
    var danger = checked("danger");
    var safe = checked("safe");
    // Unanswered questions: let the server show the form with its errors.
    if (!danger || !safe) return;
    event.preventDefault();
    form.hidden = true;
    app.hidden = false;
    if (danger === "yes") {
      var alert = document.createElement("div");
      alert.className = "acute-box";
      alert.setAttribute("role", "alert");
      alert.textContent = texts.textDanger;
      app.insertBefore(alert, status);
    }
    say(texts.textWaiting);
    connect({ type: "start", nickname: document.getElementById("nickname").value,
              danger: danger, safe: safe, language: form.elements.language.value });
    textBox.focus();
  });

  sendForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = clean(textBox.value);
    if (!text.trim() || ended) return;
    var seq = nextSeq++;
    var item = addLine(texts.textYou, text, true);
    item.classList.add("pending");
    unacked[seq] = { text: text, item: item };
    send({ type: "message", seq: seq, text: text });
    textBox.value = "";
    if (typingSent) { typingSent = false; send({ type: "typing", on: false }); }
  });

  textBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      sendForm.requestSubmit ? sendForm.requestSubmit() : sendForm.dispatchEvent(new Event("submit"));
    }
  });

  textBox.addEventListener("input", function () {
    if (!typingSent) { typingSent = true; send({ type: "typing", on: true }); }
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () { typingSent = false; send({ type: "typing", on: false }); }, 3000);
  });

  endButton.addEventListener("click", function () {
    send({ type: "end" });
    finish(texts.textEnded);
  });

  // The quick exit (site.js leaves the page) ends the chat too, even if the
  // socket has no time to say so: a beacon carries the token.
  function endOnExit() {
    if (!token || ended) return;
    ended = true;
    send({ type: "end" });
    if (navigator.sendBeacon) {
      navigator.sendBeacon(app.dataset.stopUrl, new Blob(["conversation=" + encodeURIComponent(token)],
        { type: "application/x-www-form-urlencoded" }));
    }
  }
  var exit = document.getElementById("quick-exit");
  if (exit) exit.addEventListener("click", endOnExit, true);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) endOnExit();
    lastEscape = now;
  }, true);
})();
