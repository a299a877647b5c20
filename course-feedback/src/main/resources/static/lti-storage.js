// A login bound through the platform's storage (LTI Client Side postMessages; docs/lti-advantage.md
// "Platform storage"). The login's page stores a secret in the platform's storage frame with
// lti.put_data, then goes on to the platform's authorisation endpoint; the launch's page reads
// it back with lti.get_data and posts it with the id_token and state. Messages go only to the
// platform's origin, and only its answers to this page's own message are heeded.
"use strict";
(function () {
  var TIMEOUT_MS = 10000;

  function storageFrame(target) {
    var parent = window.parent && window.parent !== window ? window.parent : window.opener;
    if (!parent) {
      return null;
    }
    if (target === "_parent") {
      return parent;
    }
    try {
      return parent.frames[target] || null;
    } catch (e) {
      return null;
    }
  }

  function messageId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function failed(root, reason) {
    var alert = document.getElementById("kenes-storage-failed");
    var progress = document.getElementById("kenes-storage-progress");
    if (alert) {
      alert.hidden = false;
      alert.setAttribute("data-reason", reason);
    }
    if (progress) {
      progress.hidden = true;
    }
    root.setAttribute("data-storage-state", "failed");
  }

  function start(root) {
    var mode = root.getAttribute("data-storage-mode");
    var origin;
    try {
      origin = new URL(root.getAttribute("data-storage-origin")).origin;
    } catch (e) {
      failed(root, "origin");
      return;
    }
    var frame = storageFrame(root.getAttribute("data-storage-target"));
    if (!frame) {
      failed(root, "no-frame");
      return;
    }
    var id = messageId();
    var subject = mode === "put" ? "lti.put_data" : "lti.get_data";
    var done = false;
    var timer = window.setTimeout(function () {
      if (!done) {
        done = true;
        failed(root, "timeout");
      }
    }, TIMEOUT_MS);

    window.addEventListener("message", function (event) {
      var data = event.data;
      if (
        done ||
        event.origin !== origin ||
        !data ||
        typeof data !== "object" ||
        data.subject !== subject + ".response" ||
        data.message_id !== id
      ) {
        return;
      }
      done = true;
      window.clearTimeout(timer);
      if (data.error) {
        failed(root, "platform-error");
        return;
      }
      if (mode === "put") {
        window.location.assign(root.getAttribute("data-storage-next"));
        return;
      }
      if (typeof data.value !== "string" || data.value === "") {
        failed(root, "no-value");
        return;
      }
      var form = document.getElementById("kenes-storage-launch");
      form.elements["lti_storage_value"].value = data.value;
      form.submit();
    });

    var message = { subject: subject, message_id: id, key: root.getAttribute("data-storage-key") };
    if (mode === "put") {
      message.value = root.getAttribute("data-storage-value");
    }
    frame.postMessage(message, origin);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.getElementById("kenes-platform-storage");
    if (root) {
      start(root);
    }
  });
})();
