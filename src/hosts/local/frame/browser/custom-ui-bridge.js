/*
 * Mops local host: the Custom UI side of the bridge. Jira injects a script into every Custom UI frame
 * that defines `window.__bridge.callBridge(type, payload)`, which `@forge/bridge` (invoke, view.getContext,
 * view.theme.enable, …) calls and which talks to the Jira page around the frame by postMessage. This is
 * that script for the local host: each call is posted to the parent frame as
 *   { mopsBridge: 1, kind: 'call', id, type, payload }
 * and settled by the parent's { mopsBridge: 1, kind: 'answer', id, ok, value | message }.
 * It must run before the app's bundle: @forge/bridge looks the bridge up when its modules load.
 */
(function () {
  'use strict';
  var origin = window.location.origin;
  var pending = new Map();
  var nextId = 0;

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.source !== window.parent || event.origin !== origin) return;
    if (!message || message.mopsBridge !== 1 || message.kind !== 'answer') return;
    var call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.value);
    else call.reject(new Error(message.message));
  });

  function callParent(type, payload) {
    return new Promise(function (resolve, reject) {
      nextId += 1;
      pending.set(nextId, { resolve: resolve, reject: reject });
      window.parent.postMessage({ mopsBridge: 1, kind: 'call', id: nextId, type: type, payload: payload }, origin);
    });
  }

  /*
   * Jira's answer to enableTheming switches the token themes on, and Jira restyles themed frames when the
   * reader switches theme; here the frame applies what the parent sends, then follows its 'theme' messages.
   */
  var themed = false;
  var colorMode = 'auto';
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
  function setMode() {
    var dark = colorMode === 'dark' || (colorMode === 'auto' && systemDark && systemDark.matches);
    document.documentElement.setAttribute('data-color-mode', dark ? 'dark' : 'light');
  }
  if (systemDark) systemDark.addEventListener('change', function () {
    if (themed) setMode();
  });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.source !== window.parent || event.origin !== origin) return;
    if (!message || message.mopsBridge !== 1 || message.kind !== 'theme' || !themed) return;
    colorMode = message.colorMode;
    setMode();
  });

  function applyTheme(theme) {
    var root = document.documentElement;
    Object.keys(theme.attributes).forEach(function (name) {
      root.setAttribute(name, theme.attributes[name]);
    });
    themed = true;
    colorMode = theme.colorMode;
    setMode();
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = theme.href;
    document.head.appendChild(link);
    document.body.style.backgroundColor = 'var(--ds-surface)';
    return true;
  }

  window.__bridge = {
    callBridge: function (type, payload) {
      if (type === 'enableTheming') return callParent(type, payload).then(applyTheme);
      return callParent(type, payload);
    },
  };

  // Jira sizes an issue panel's frame to its content; the parent does that from these reports.
  function reportHeight() {
    window.parent.postMessage({ mopsBridge: 1, kind: 'resize', height: document.documentElement.scrollHeight }, origin);
  }
  window.addEventListener('DOMContentLoaded', function () {
    new ResizeObserver(reportHeight).observe(document.body);
  });
})();
