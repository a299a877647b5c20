// LTI Dynamic Registration, last step (docs/lti-advantage.md "Dynamic registration"): the
// "Close" button of the page that confirms a stored registration tells the platform's window
// that the registration is over, so that it closes the frame it opened and refreshes its list.
"use strict";
(function () {
  function close() {
    var target = window.parent && window.parent !== window ? window.parent : window.opener;
    if (target) {
      target.postMessage({ subject: "org.imsglobal.lti.close" }, "*");
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("kenes-registration-close");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", close);
    }
  });
})();
