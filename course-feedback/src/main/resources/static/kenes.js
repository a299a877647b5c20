/*
 * Kenes page script. No inline scripts anywhere (the Content-Security-Policy forbids them):
 * - tells the LMS how tall the page is (LTI frame resize message), on load and on every resize;
 * - Kenes.fetch(): fetch() with the page's session token as a Bearer header (same origin only),
 *   the token read from <meta name="kenes-session">;
 * - takes the session's URL reference out of the address bar (history.replaceState), so that it
 *   is not bookmarked, synced, copied or printed: a page whose session lives in a cookie keeps
 *   its cookie reference (which opens nothing in another browser), any other keeps none;
 * - copy buttons next to the tool URLs (progressive enhancement: without script, the URLs are
 *   plain selectable text);
 * - moves the focus to the summary of a refused form, so that it is seen and read out first.
 */
(function () {
  'use strict';

  var lastHeight = -1;

  function pageHeight() {
    var root = document.documentElement;
    return Math.ceil(Math.max(root.getBoundingClientRect().height, document.body.scrollHeight));
  }

  function sendFrameHeight() {
    if (window.parent === window) {
      return;
    }
    var height = pageHeight();
    if (height === lastHeight) {
      return;
    }
    lastHeight = height;
    window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
  }

  function watchHeight() {
    sendFrameHeight();
    if (typeof window.ResizeObserver === 'function') {
      new window.ResizeObserver(sendFrameHeight).observe(document.body);
    }
    window.addEventListener('resize', sendFrameHeight);
  }

  function sessionToken() {
    var meta = document.querySelector('meta[name="kenes-session"]');
    return meta ? meta.getAttribute('content') : null;
  }

  function isSameOrigin(input) {
    var url = new URL(typeof input === 'string' ? input : input.url, window.location.href);
    return url.origin === window.location.origin;
  }

  /* fetch() that authenticates as the page's session; never sends the token to another site. */
  function kenesFetch(input, init) {
    var options = Object.assign({}, init || {});
    var headers = new Headers(options.headers || (input && input.headers) || {});
    var token = sessionToken();
    if (token && isSameOrigin(input) && !headers.has('Authorization')) {
      headers.set('Authorization', 'Bearer ' + token);
    }
    options.headers = headers;
    options.credentials = options.credentials || 'same-origin';
    return window.fetch(input, options);
  }

  function cleanAddress() {
    var address = document.body.getAttribute('data-kenes-address');
    if (address === null || !window.history || !window.history.replaceState) {
      return;
    }
    var url = new URL(window.location.href);
    if (!url.searchParams.has('kt')) {
      return;
    }
    if (address) {
      url.searchParams.set('kt', address);
    } else {
      url.searchParams.delete('kt');
    }
    window.history.replaceState(window.history.state, '', url.toString());
  }

  function addCopyButtons() {
    if (!navigator.clipboard) {
      return;
    }
    document.querySelectorAll('[data-copy-label]').forEach(function (section) {
      var copyLabel = section.getAttribute('data-copy-label');
      var copiedLabel = section.getAttribute('data-copied-label');
      var status = document.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      section.appendChild(status);
      section.querySelectorAll('code[data-copy]').forEach(function (code) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'copy-button';
        button.textContent = copyLabel;
        var label = code.closest('div') && code.closest('div').querySelector('dt');
        if (label) {
          button.setAttribute('aria-label', copyLabel + ': ' + label.textContent.trim());
        }
        button.addEventListener('click', function () {
          navigator.clipboard.writeText(code.textContent.trim()).then(function () {
            button.textContent = copiedLabel;
            status.textContent = copiedLabel;
            window.setTimeout(function () {
              button.textContent = copyLabel;
              status.textContent = '';
            }, 2000);
          });
        });
        code.insertAdjacentElement('afterend', button);
      });
    });
  }

  function focusErrorSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  }

  window.Kenes = { fetch: kenesFetch, sessionToken: sessionToken, sendFrameHeight: sendFrameHeight };

  function start() {
    cleanAddress();
    addCopyButtons();
    focusErrorSummary();
    watchHeight();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  window.addEventListener('load', sendFrameHeight);
})();
