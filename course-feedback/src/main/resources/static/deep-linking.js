/*
 * Kenes deep linking: posts the signed response (form#kenes-deep-link-response) back to the
 * platform as soon as the page has loaded. The page keeps a button for browsers without
 * JavaScript; no inline script, as the Content-Security-Policy requires.
 */
(function () {
  'use strict';

  function send() {
    var form = document.getElementById('kenes-deep-link-response');
    if (form && form.getAttribute('data-autosubmit') === 'true') {
      form.submit();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', send);
  } else {
    send();
  }
})();
