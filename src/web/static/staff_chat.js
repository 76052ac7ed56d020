// The staff chat console (docs/chat_protocol.md): the queue, several chats at
// once, standard answers, handing over, ending, and registering a chat as a
// signal (a normal form post with the CSRF token). Messages are shown with
// textContent only. Reconnects by itself and sends again what the server did
// not confirm.
(function () {
  "use strict";

  // The coordinator's live view reloads itself for half an hour, then stops,
  // so a screen left alone does not keep the session alive for ever.
  var live = document.querySelector("[data-refresh-seconds]");
  if (live) {
    var params = new URLSearchParams(window.location.search);
    var since = Number(params.get("since")) || Date.now();
    if (Date.now() - since < 30 * 60 * 1000) {
      window.setTimeout(function () {
        params.set("since", String(since));
        window.location.replace(window.location.pathname + "?" + params.toString());
      }, Number(live.dataset.refreshSeconds) * 1000);
    }
    return;
  }

  var root = document.getElementById("chat-console");
  if (!root || !window.WebSocket) return;
  var t = root.dataset;
  var queueList = document.getElementById("chat-queue");
  var queueTotal = document.getElementById("queue-total");
  var area = document.getElementById("chat-conversations");
  var consoleStatus = document.getElementById("console-status");
  var pseudonymInput = document.getElementById("pseudonym");
  var canned = Array.prototype.slice.call(document.getElementById("canned-source").options);

  var socket = null;
  var retryDelay = 500;
  var colleagues = [];
  var chats = {};  // number -> {panel, log, shownVisitor, shownStaff, nextSeq, unacked}

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  // The server refuses control characters (and then every later message, whose
  // number follows the refused one): Word's line breaks (\v) become real ones,
  // the rest goes. Line breaks and tabs stay.
  function clean(text) {
    return text.replace(/[\u000B\u000C]/g, "\n").replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A form control with its label: [label, control].
  function labelled(tag, id, text) {
    var label = element("label", "", text);
    label.htmlFor = id;
    var control = element(tag);
    control.id = id;
    return [label, control];
  }

  function renderQueue(frame) {
    queueTotal.textContent = String(frame.total);
    queueList.textContent = "";
    if (frame.waiting.length === 0) queueList.appendChild(element("li", "hint", t.textNoneWaiting));
    frame.waiting.forEach(function (item) {
      var row = element("li", "chat-queue-item priority-" + item.priority);
      var label = "#" + item.conversation + " " + (item.nickname || t.textVisitor) + " (" + item.language + ") - " +
        t["textPriority" + item.priority.charAt(0).toUpperCase() + item.priority.slice(1)] + " - " +
        item.waiting_seconds + " " + t.textSeconds;
      row.appendChild(element("span", "", label + " "));
      var take = element("button", "button secondary", t.textTake);
      take.type = "button";
      take.addEventListener("click", function () { send({ type: "accept", conversation: item.conversation }); });
      row.appendChild(take);
      queueList.appendChild(row);
    });
  }

  function addLine(chat, from, who, text) {
    var item = element("li", "chat-line from-" + from);
    item.appendChild(element("span", "chat-who", who));
    item.appendChild(element("div", "chat-text", text));
    chat.log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  }

  function showLine(chat, line) {
    if (line.from === "visitor") {
      if (line.seq <= chat.shownVisitor) return;
      chat.shownVisitor = line.seq;
      addLine(chat, "visitor", chat.nickname, line.text);
    } else {
      if (line.seq <= chat.shownStaff) return;
      chat.shownStaff = line.seq;
      if (chat.unacked[line.seq]) return;  // typed here: already shown
      addLine(chat, "staff", line.staff, line.text);
    }
  }

  function registerForm(number) {
    var form = element("form", "inline-form");
    form.method = "post";
    form.action = t.registerUrl + number + "/register";
    // The signal opens in a new tab: the console and its other chats stay open.
    form.target = "_blank";
    var csrf = element("input");
    csrf.type = "hidden";
    csrf.name = "csrf";
    csrf.value = t.csrf;
    var button = element("button", "button", t.textRegister);
    button.type = "submit";
    form.appendChild(csrf);
    form.appendChild(button);
    return form;
  }

  function buildPanel(frame) {
    var number = frame.conversation;
    var panel = element("article", "chat-panel");
    panel.id = "chat-" + number;
    var heading = element("h3", "", "#" + number + " " + (frame.nickname || t.textVisitor));
    heading.id = "chat-heading-" + number;
    panel.setAttribute("aria-labelledby", heading.id);
    panel.appendChild(heading);
    if (frame.danger === "yes") panel.appendChild(element("p", "badge badge-acute", t.textDanger));
    if (frame.safe === "no") panel.appendChild(element("p", "badge", t.textUnsafe));
    // The live region wraps the list: a list with role "log" is no list any more.
    var logRegion = element("div");
    logRegion.setAttribute("role", "log");
    logRegion.setAttribute("aria-live", "polite");
    logRegion.setAttribute("aria-labelledby", heading.id);
    var log = element("ol", "chat-log");
    logRegion.appendChild(log);
    panel.appendChild(logRegion);
    var typing = element("p", "chat-typing");
    typing.setAttribute("aria-live", "polite");
    panel.appendChild(typing);
    var state = element("p", "chat-status");
    state.setAttribute("role", "status");
    panel.appendChild(state);

    var form = element("form", "chat-send");
    var text = labelled("textarea", "chat-text-" + number, t.textMessage);
    var label = text[0], box = text[1];
    box.rows = 3;
    box.maxLength = 2000;
    var cannedPair = labelled("select", "canned-" + number, t.textCanned);
    var cannedLabel = cannedPair[0], picker = cannedPair[1];
    picker.appendChild(element("option", "", "-"));
    canned.forEach(function (option) {
      if (option.dataset.language !== frame.language) return;
      var copy = element("option", "", option.textContent);
      copy.value = option.dataset.body;
      picker.appendChild(copy);
    });
    picker.addEventListener("change", function () {
      if (picker.selectedIndex > 0) box.value = picker.value;
      picker.selectedIndex = 0;
      box.focus();
    });
    var sendButton = element("button", "button", t.textSend);
    sendButton.type = "submit";
    [label, box, cannedLabel, picker, sendButton].forEach(function (node) { form.appendChild(node); });
    panel.appendChild(form);

    var actions = element("div", "chat-actions");
    var transferPair = labelled("select", "transfer-" + number, t.textTransfer);
    var transferLabel = transferPair[0], transfer = transferPair[1];
    var transferButton = element("button", "button secondary", t.textTransfer);
    transferButton.type = "button";
    var end = element("button", "button secondary", t.textEnd);
    end.type = "button";
    [transferLabel, transfer, transferButton, end].forEach(function (node) { actions.appendChild(node); });
    panel.appendChild(actions);
    panel.appendChild(registerForm(number));
    area.appendChild(panel);

    var chat = { panel: panel, log: log, typing: typing, state: state, form: form, actions: actions, box: box,
                 transfer: transfer, nickname: frame.nickname || t.textVisitor, shownVisitor: 0, shownStaff: 0,
                 nextSeq: 1, unacked: {}, typingOn: false, typingTimer: null };
    // "Typing" goes on once and off after 3 quiet seconds (or with the message),
    // so the visitor never keeps seeing it after staff stopped.
    function sendTyping(on) {
      window.clearTimeout(chat.typingTimer);
      if (chat.typingOn !== on) send({ type: "typing", conversation: number, on: on });
      chat.typingOn = on;
      if (on) chat.typingTimer = window.setTimeout(function () { sendTyping(false); }, 3000);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = clean(box.value);
      if (!text.trim()) return;
      var seq = chat.nextSeq++;
      var item = addLine(chat, "staff", pseudonymInput.value, text);
      item.classList.add("pending");
      chat.unacked[seq] = { text: text, item: item };
      send({ type: "message", conversation: number, seq: seq, text: text });
      box.value = "";
      sendTyping(false);
    });
    box.addEventListener("input", function () { sendTyping(box.value !== ""); });
    transferButton.addEventListener("click", function () {
      var to = transfer.value === "" ? null : Number(transfer.value);
      send({ type: "transfer", conversation: number, to: to });
    });
    end.addEventListener("click", function () { send({ type: "end", conversation: number }); });
    return chat;
  }

  function fillTransfer(chat) {
    chat.transfer.textContent = "";
    var queue = element("option", "", t.textToQueue);
    queue.value = "";
    chat.transfer.appendChild(queue);
    colleagues.forEach(function (colleague) {
      var option = element("option", "", colleague.pseudonym + " (" + colleague.holding + ")");
      option.value = String(colleague.id);
      chat.transfer.appendChild(option);
    });
  }

  function showState(chat, frame) {
    var ended = frame.state === "ended";
    chat.form.hidden = ended;
    chat.actions.hidden = ended;
    chat.state.textContent = ended ? t.textEnded : "";
    if (frame.registered_as !== null && frame.registered_as !== undefined) {
      chat.state.textContent = t.textRegistered + " ";
      var link = element("a", "", "#" + frame.registered_as);
      link.href = t.signalUrl + frame.registered_as;
      chat.state.appendChild(link);
      var form = chat.panel.querySelector("form.inline-form");
      if (form) form.hidden = true;
    }
  }

  function conversation(frame) {
    var chat = chats[frame.conversation];
    if (!chat) chat = chats[frame.conversation] = buildPanel(frame);
    fillTransfer(chat);
    frame.messages.forEach(function (line) { showLine(chat, line); });
    // What this console sent that the server does not have goes again.
    chat.nextSeq = Math.max(chat.nextSeq, frame.staff_received + 1);
    Object.keys(chat.unacked).map(Number).sort(function (a, b) { return a - b; }).forEach(function (seq) {
      if (seq <= frame.staff_received) {
        chat.unacked[seq].item.classList.remove("pending");
        delete chat.unacked[seq];
      } else {
        send({ type: "message", conversation: frame.conversation, seq: seq, text: chat.unacked[seq].text });
      }
    });
    showState(chat, frame);
  }

  function handle(frame) {
    var chat = frame.conversation !== undefined ? chats[frame.conversation] : null;
    switch (frame.type) {
      case "welcome":
        if (!pseudonymInput.value) pseudonymInput.value = frame.pseudonym;
        else send({ type: "pseudonym", name: pseudonymInput.value });
        colleagues = frame.colleagues;
        consoleStatus.textContent = "";
        break;
      case "queue": renderQueue(frame); break;
      case "conversation": conversation(frame); break;
      case "message": if (chat) { showLine(chat, frame); chat.typing.textContent = ""; } break;
      case "ack":
        if (chat && chat.unacked[frame.seq]) {
          chat.unacked[frame.seq].item.classList.remove("pending");
          delete chat.unacked[frame.seq];
          chat.shownStaff = Math.max(chat.shownStaff, frame.seq);
        }
        break;
      case "typing": if (chat) chat.typing.textContent = frame.on ? t.textTyping : ""; break;
      case "ended": if (chat) showState(chat, { state: "ended" }); break;
      case "released":
        if (chat) { chat.panel.remove(); delete chats[frame.conversation]; }
        break;
      case "error":
        if (chat && frame.seq && chat.unacked[frame.seq]) {  // a refused message: free its number
          chat.unacked[frame.seq].item.classList.add("failed");
          chat.unacked[frame.seq].item.classList.remove("pending");
          delete chat.unacked[frame.seq];
          if (frame.seq === chat.nextSeq - 1) chat.nextSeq = frame.seq;
        }
        consoleStatus.textContent = frame.message;
        break;
    }
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + t.socketPath);
    socket.onopen = function () { retryDelay = 500; };
    socket.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (ignored) { /* a frame we cannot read */ }
    };
    socket.onclose = function () {
      consoleStatus.textContent = t.textConnectionLost;
      window.setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    };
  }

  document.getElementById("pseudonym-form").addEventListener("submit", function (event) {
    event.preventDefault();
    send({ type: "pseudonym", name: pseudonymInput.value });
  });
  document.getElementById("take-next").addEventListener("click", function () {
    send({ type: "accept", conversation: null });
  });
  connect();
})();
