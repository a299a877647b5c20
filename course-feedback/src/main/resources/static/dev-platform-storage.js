/*
 * Kenes development platform: the course page's storage frame (LTI Client Side postMessages).
 * A tool's page sends lti.put_data / lti.get_data to this frame by its name; the values live in
 * this frame's memory, one space per tool origin, for as long as the course page is open, and
 * each answer goes back to the asking window on its own origin only. The frame's body shows what
 * it did (data-dev-stored: the keys put; data-dev-read: how many values it gave back), for the
 * developer and the browser test.
 */
(function () {
  'use strict';

  var stored = {};
  var keys = [];
  var reads = 0;

  function show() {
    document.body.setAttribute('data-dev-stored', keys.join(' '));
    document.body.setAttribute('data-dev-read', String(reads));
  }

  function answer(event, reply) {
    event.source.postMessage(reply, event.origin);
  }

  function error(event, data, code, message) {
    answer(event, {
      subject: data.subject + '.response',
      message_id: data.message_id,
      error: { code: code, message: message }
    });
  }

  function handle(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !event.source) {
      return;
    }
    if (data.subject === 'lti.capabilities') {
      answer(event, {
        subject: 'lti.capabilities.response',
        message_id: data.message_id,
        supported_messages: [
          { subject: 'lti.capabilities' },
          { subject: 'lti.put_data' },
          { subject: 'lti.get_data' }
        ]
      });
      return;
    }
    if (data.subject !== 'lti.put_data' && data.subject !== 'lti.get_data') {
      return;
    }
    if (!data.message_id) {
      error(event, data, 'bad_request', 'There is no message_id.');
      return;
    }
    if (!data.key) {
      error(event, data, 'bad_request', 'There is no key.');
      return;
    }
    var space = stored[event.origin] || (stored[event.origin] = {});
    if (data.subject === 'lti.put_data') {
      if (typeof data.value !== 'string' || data.value === '') {
        error(event, data, 'bad_request', 'There is no value.');
        return;
      }
      space[data.key] = data.value;
      keys.push(data.key);
      show();
      answer(event, {
        subject: 'lti.put_data.response',
        message_id: data.message_id,
        key: data.key,
        value: data.value
      });
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(space, data.key)) {
      error(event, data, 'not_found', 'Nothing is stored under this key.');
      return;
    }
    reads += 1;
    show();
    answer(event, {
      subject: 'lti.get_data.response',
      message_id: data.message_id,
      key: data.key,
      value: space[data.key]
    });
  }

  window.addEventListener('message', handle);
})();
