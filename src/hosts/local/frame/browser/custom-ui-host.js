/*
 * Mops' page side of the Custom UI bridge, doing for a framed Custom UI app what Jira's page does. It
 * answers each iframe[data-mops-extension] frame's bridge calls:
 *   invoke        → POST <data-mops-invoke, else /api/invoke>/<functionKey> with { payload, context: { extension } },
 *                   the context Forge attaches; the answer is the resolver's own { ok, data } | { ok: false, error } envelope
 *   getContext    → locale, site, module and the extension (issue or project) the frame is mounted for
 *   enableTheming → the token theme (GET /bridge/theme.json) for the frame to apply
 * Any other call is refused by name, so a missing piece shows up as an error, not a hang. The local
 * tracker's pages and the Asana app server's report pages both load it; window.mopsHost lends the
 * reader's colour mode to the tracker's own controls.
 */
(function () {
  'use strict';
  var origin = window.location.origin;
  var language = new URLSearchParams(window.location.search).get('lang') || navigator.language || 'en';

  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : undefined;
  }

  function colorMode() {
    var chosen = readCookie('mops_theme');
    return chosen === 'light' || chosen === 'dark' ? chosen : 'auto';
  }

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-mops-extension]');
    for (var index = 0; index < frames.length; index += 1) {
      if (frames[index].contentWindow === source) return frames[index];
    }
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

  function invoke(frame, extension, call) {
    return fetch((frame.getAttribute('data-mops-invoke') || '/api/invoke') + '/' + encodeURIComponent(call.functionKey), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: call.payload || {}, context: { extension: extension } }),
    }).then(function (response) {
      // Refusals (400, 403, 404, 503) still carry the envelope the panel reads; only a non-JSON answer is a failure.
      return response.json().catch(function () {
        throw new Error('The server answered ' + call.functionKey + ' with HTTP ' + response.status + ' and no JSON');
      });
    });
  }

  function context(frame, extension) {
    return {
      cloudId: frame.getAttribute('data-mops-site') || 'local',
      siteUrl: origin,
      locale: language,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      moduleKey: frame.getAttribute('data-module-key'),
      localId: frame.id,
      theme: { colorMode: colorMode() },
      extension: extension,
    };
  }

  function theme() {
    return fetch('/bridge/theme.json').then(function (response) {
      return response.json();
    });
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== origin || !message || message.mopsBridge !== 1) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    if (message.kind === 'resize') {
      frame.style.height = Math.max(120, Math.ceil(message.height)) + 'px';
      return;
    }
    if (message.kind !== 'call') return;
    var extension = JSON.parse(frame.getAttribute('data-mops-extension'));
    if (message.type === 'invoke') return answer(frame, message.id, invoke(frame, extension, message.payload));
    if (message.type === 'getContext') return answer(frame, message.id, Promise.resolve(context(frame, extension)));
    if (message.type === 'enableTheming') return answer(frame, message.id, theme());
    answer(frame, message.id, Promise.reject(new Error('This page does not offer the bridge call "' + message.type + '" yet')));
  });


  window.mopsHost = { colorMode: colorMode, readCookie: readCookie };
})();
