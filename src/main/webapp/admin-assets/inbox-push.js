// Renders the inbox queue again when the server pushes a change over the Faces WebSocket.
//
// The page's <f:websocket> registers the channel for this session and writes its start call as an
// inline script, which the Content Security Policy (script-src 'self') does not let run. This file
// reads the channel address from that script instead, opens the WebSocket itself, and on each
// message fetches the page and swaps in its queue section. The message carries no data.
(function () {
  "use strict";

  var SECTION_ID = "waiting-section";

  // Returns the path and channel id of the address in the start call. Mojarra 4.1 writes an
  // absolute ws:// address even on an HTTPS page, which the browser blocks as mixed content, so
  // only the path is kept and the page's own scheme and host are used.
  function channelPath() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      var match = /['"](?:wss?:\/\/[^\/'"]+)?(\/[^'"]*jakarta\.faces\.push\/handoffs\?[^'"]+)['"]/.exec(
        scripts[i].text
      );
      if (match) {
        return match[1];
      }
    }
    return null;
  }

  function renderQueue() {
    fetch(window.location.pathname, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("Inbox reload failed with status " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(SECTION_ID);
        var current = document.getElementById(SECTION_ID);
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
        }
      })
      .catch(function () {
        // The Refresh link still works; the next push tries again.
      });
  }

  function connect(path, delay) {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + window.location.host + path);
    socket.onopen = function () {
      // Lets a reader (and the browser tests) see that pushes arrive from now on.
      document.body.setAttribute("data-inbox-push", "connected");
    };
    socket.onmessage = renderQueue;
    socket.onclose = function (event) {
      document.body.removeAttribute("data-inbox-push");
      // 1008 (policy violation) means the channel or the session is no longer valid: reload to
      // sign in again or to register a new channel, instead of retrying a dead address.
      if (event.code === 1008) {
        return;
      }
      var next = Math.min(delay * 2, 30000);
      window.setTimeout(function () {
        connect(path, next);
      }, delay);
    };
  }

  var path = channelPath();
  if (path) {
    connect(path, 1000);
  }
})();
