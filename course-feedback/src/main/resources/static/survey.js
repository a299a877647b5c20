/*
 * Survey pages (templates/survey/). Progressive enhancement: the form works as a plain post
 * without this script.
 * - Open answers show how many characters are used of the limit.
 * - A confirmation marked data-focus-on-load takes the focus, so that it is scrolled into view and
 *   read out even when the form was submitted at the bottom of a long page in the LMS frame.
 * - On a learner's round (form[data-autosave-url]) the answers are saved as a draft a moment
 *   after each change: PUT {autosave-url} {"answers": {…}} with the session token from data-kt
 *   as a Bearer header; the result ("Draft saved at 14:05") is written to the aria-live region
 *   [data-autosave-status]. A submission stops the autosave, so no draft lands after it.
 * - A module's form saves the rating itself the same way (data-autosave-method="POST", the module
 *   version shown from data-autosave-version sent as moduleVersion), and only once every required
 *   item is answered (data-autosave-complete); until then the status says what is missing
 *   (data-incomplete-text).
 */
(function () {
  'use strict';

  var DELAY_MS = 1200;

  function format(pattern, value) {
    return pattern.replace('{0}', value);
  }

  function startCounters(form) {
    form.querySelectorAll('textarea[maxlength]').forEach(function (area) {
      var hint = document.getElementById(area.id.replace(/-input$/, '-hint'));
      if (!hint || !hint.hasAttribute('data-count-text')) {
        return;
      }
      var pattern = hint.getAttribute('data-count-text');
      var update = function () {
        hint.textContent = format(pattern, String(area.value.length));
      };
      area.addEventListener('input', update);
      update();
    });
  }

  /* The answers as the API takes them: every item, so that a cleared answer is cleared. */
  function answers(form) {
    var result = {};
    form.querySelectorAll('.question[data-code]').forEach(function (question) {
      var code = question.getAttribute('data-code');
      var kind = question.getAttribute('data-kind');
      if (kind === 'open') {
        var area = question.querySelector('textarea');
        result[code] = area ? area.value : '';
      } else if (kind === 'multiple') {
        result[code] = Array.prototype.map.call(
          question.querySelectorAll('input[type="checkbox"]:checked'),
          function (box) { return box.value; });
      } else {
        var checked = question.querySelector('input[type="radio"]:checked');
        if (checked) {
          result[code] = kind === 'scale' ? Number(checked.value) : checked.value;
        }
      }
    });
    return result;
  }

  /* Whether every required item has an answer. */
  function complete(form) {
    var missing = Array.prototype.filter.call(
      form.querySelectorAll('.question[data-code] fieldset[aria-required="true"]'),
      function (fieldset) { return !fieldset.querySelector('input:checked'); });
    return missing.length === 0;
  }

  function timeOf(iso) {
    var date = iso ? new Date(iso) : new Date();
    var lang = document.documentElement.lang || undefined;
    try {
      return date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return date.toTimeString().slice(0, 5);
    }
  }

  function startAutosave(form) {
    var url = form.getAttribute('data-autosave-url');
    var token = form.getAttribute('data-kt');
    var status = form.querySelector('[data-autosave-status]');
    if (!url || !token || !status || !window.fetch) {
      return;
    }
    var savedText = form.getAttribute('data-saved-text') || '{0}';
    var failedText = form.getAttribute('data-failed-text') || '';
    var incompleteText = form.getAttribute('data-incomplete-text') || '';
    var method = form.getAttribute('data-autosave-method') || 'PUT';
    var version = form.getAttribute('data-autosave-version');
    var onlyComplete = form.hasAttribute('data-autosave-complete');
    var timer = null;
    var submitting = false;

    function save() {
      timer = null;
      if (submitting) {
        return;
      }
      if (onlyComplete && !complete(form)) {
        status.textContent = incompleteText;
        return;
      }
      var body = { answers: answers(form) };
      if (version) {
        body.moduleVersion = Number(version);
      }
      window.fetch(url, {
        method: method,
        credentials: 'same-origin',
        headers: {
          'Authorization': 'Bearer ' + token,
          'Content-Type': 'application/json',
          'Accept': 'application/json'
        },
        body: JSON.stringify(body)
      }).then(function (response) {
        if (submitting) {
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json().then(function (saved) {
          status.textContent = format(savedText, timeOf(saved && saved.savedAt));
        });
      }).catch(function () {
        if (!submitting) {
          status.textContent = failedText;
        }
      });
    }

    function schedule() {
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(save, DELAY_MS);
    }

    form.addEventListener('change', schedule);
    form.addEventListener('input', schedule);
    form.addEventListener('submit', function () {
      submitting = true;
      if (timer) {
        window.clearTimeout(timer);
        timer = null;
      }
    });
  }

  function start() {
    var confirmation = document.querySelector('[data-focus-on-load]');
    if (confirmation) {
      confirmation.focus();
    }
    document.querySelectorAll('form[data-survey-form]').forEach(function (form) {
      startCounters(form);
      startAutosave(form);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
