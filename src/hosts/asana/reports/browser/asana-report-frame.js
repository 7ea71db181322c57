/*
 * Mops app server: the page's side of the Custom UI bridge on an Asana workspace's report pages. The
 * framed app is the same bundle Jira and the local host frame, with the same app-side shim
 * (/bridge/custom-ui-bridge.js); this answers its calls for the Asana workspace the page is about:
 *   invoke        → POST <data-mops-invoke>/<functionKey> with { payload, context: { extension } }
 *   getContext    → locale, module and the extension (a global page of the workspace)
 *   enableTheming → the token theme (GET /bridge/theme.json)
 * and sizes the frame to what the app reports. Any other call is refused by name.
 */
(function () {
  'use strict';
  var origin = window.location.origin;

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-mops-extension]');
    for (var index = 0; index < frames.length; index += 1) if (frames[index].contentWindow === source) return frames[index];
    return undefined;
  }

  function answer(frame, id, promise) {
    promise.then(
      function (value) {
        frame.contentWindow.postMessage({ mopsBridge: 1, kind: 'answer', id: id, ok: true, value: value }, origin);
      },
      function (error) {
        frame.contentWindow.postMessage({ mopsBridge: 1, kind: 'answer', id: id, ok: false, message: String((error && error.message) || error) }, origin);
      },
    );
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== origin || !message || message.mopsBridge !== 1) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    if (message.kind === 'resize') {
      frame.style.height = Math.max(240, Math.ceil(message.height)) + 'px';
      return;
    }
    if (message.kind !== 'call') return;
    var extension = JSON.parse(frame.getAttribute('data-mops-extension'));
    if (message.type === 'invoke') {
      var call = message.payload;
      return answer(
        frame,
        message.id,
        fetch(frame.getAttribute('data-mops-invoke') + '/' + encodeURIComponent(call.functionKey), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ payload: call.payload || {}, context: { extension: extension } }),
        }).then(function (response) {
          return response.json().catch(function () {
            throw new Error('The app server answered ' + call.functionKey + ' with HTTP ' + response.status + ' and no JSON');
          });
        }),
      );
    }
    if (message.type === 'getContext') {
      return answer(frame, message.id, Promise.resolve({
        cloudId: 'asana',
        siteUrl: origin,
        locale: navigator.language || 'en',
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        moduleKey: frame.getAttribute('data-module-key'),
        localId: frame.id,
        theme: { colorMode: 'auto' },
        extension: extension,
      }));
    }
    if (message.type === 'enableTheming') return answer(frame, message.id, fetch('/bridge/theme.json').then(function (response) { return response.json(); }));
    answer(frame, message.id, Promise.reject(new Error('Asana report pages do not offer the bridge call "' + message.type + '"')));
  });
})();
