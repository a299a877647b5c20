/*
 * Kenes development platform: posts the launch forms on by themselves (the pages also have a
 * button for browsers without JavaScript) and sizes the Kenes frame when Kenes asks for it
 * with the lti.frameResize message.
 */
(function () {
  'use strict';

  function autoSubmit() {
    var form = document.querySelector('form[data-autosubmit]');
    if (form) {
      form.submit();
    }
  }

  function resizeFrame(event) {
    var frame = document.getElementById('kenes-frame');
    var data = event.data;
    if (!frame || event.source !== frame.contentWindow) {
      return;
    }
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (e) {
        return;
      }
    }
    if (data && data.subject === 'lti.frameResize') {
      var height = parseInt(data.height, 10);
      if (height > 0) {
        frame.style.height = Math.min(Math.max(height, 200), 10000) + 'px';
      }
    }
  }

  /* Dynamic registration: Kenes's last page asks the platform to close its dialog. */
  function registrationClosed(event) {
    var frame = document.getElementById('kenes-frame');
    var status = document.getElementById('dev-registration-status');
    if (!frame || !status || event.source !== frame.contentWindow) {
      return;
    }
    if (event.data && event.data.subject === 'org.imsglobal.lti.close') {
      status.textContent = 'Registration finished: Kenes asked the platform to close it.';
      frame.src = 'about:blank';
    }
  }

  window.addEventListener('message', resizeFrame);
  window.addEventListener('message', registrationClosed);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', autoSubmit);
  } else {
    autoSubmit();
  }
})();
