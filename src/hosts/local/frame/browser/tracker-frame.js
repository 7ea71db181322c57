/*
 * Mops local host: the tracker page's side of the Custom UI bridge, doing what Jira's page does for a
 * framed Custom UI app. It answers each iframe[data-mops-extension] frame's bridge calls:
 *   invoke        → POST /api/invoke/<functionKey> with { payload, context: { extension } }, the context
 *                   Forge attaches; the answer is the resolver's own { ok, data } | { ok: false, error } envelope
 *   getContext    → locale, site, module and the extension (issue or project) the frame is mounted for
 *   enableTheming → the token theme (GET /bridge/theme.json) for the frame to apply
 * Any other call is refused by name, so a missing piece shows up as an error, not a hang.
 * It also runs the header's controls: "Viewing as" (the mops_user cookie the API reads as the viewer)
 * and "Theme" (the mops_theme cookie), which, as Jira's theme switch does, restyles the frames at once.
 */
(function () {
  'use strict';
  var origin = window.location.origin;
  var language = new URLSearchParams(window.location.search).get('lang') || navigator.language || 'en';
  var YEAR_SECONDS = 365 * 24 * 60 * 60;

  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : undefined;
  }

  function writeCookie(name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + YEAR_SECONDS + '; samesite=lax';
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

  function invoke(extension, call) {
    return fetch('/api/invoke/' + encodeURIComponent(call.functionKey), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: call.payload || {}, context: { extension: extension } }),
    }).then(function (response) {
      // Refusals (400, 403, 404, 503) still carry the envelope the panel reads; only a non-JSON answer is a failure.
      return response.json().catch(function () {
        throw new Error('The local host answered ' + call.functionKey + ' with HTTP ' + response.status + ' and no JSON');
      });
    });
  }

  function context(frame, extension) {
    return {
      cloudId: 'local',
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
    if (message.type === 'invoke') return answer(frame, message.id, invoke(extension, message.payload));
    if (message.type === 'getContext') return answer(frame, message.id, Promise.resolve(context(frame, extension)));
    if (message.type === 'enableTheming') return answer(frame, message.id, theme());
    answer(frame, message.id, Promise.reject(new Error('The local host does not offer the bridge call "' + message.type + '" yet')));
  });

  // Theme: the page itself, then every framed app that enabled theming (the bridge applies the mode).
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
  function applyColorMode() {
    var mode = colorMode();
    var dark = mode === 'dark' || (mode === 'auto' && systemDark && systemDark.matches);
    document.documentElement.setAttribute('data-color-mode', dark ? 'dark' : 'light');
    var frames = document.querySelectorAll('iframe[data-mops-extension]');
    for (var index = 0; index < frames.length; index += 1) {
      if (frames[index].contentWindow) frames[index].contentWindow.postMessage({ mopsBridge: 1, kind: 'theme', colorMode: mode }, origin);
    }
  }
  if (systemDark) systemDark.addEventListener('change', applyColorMode);
  var themeControl = document.getElementById('theme');
  if (themeControl) {
    themeControl.value = colorMode();
    themeControl.addEventListener('change', function () {
      writeCookie('mops_theme', themeControl.value);
      applyColorMode();
    });
  }

  // Viewing as: everyone in the organisation, in-house people first, each with their team.
  var viewingAs = document.getElementById('viewing-as');
  function option(value, text) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
  }
  if (viewingAs) {
    viewingAs.addEventListener('change', function () {
      if (viewingAs.value === '') document.cookie = 'mops_user=; path=/; max-age=0; samesite=lax';
      else writeCookie('mops_user', viewingAs.value);
      window.location.reload();
    });
    fetch('/api/organisation')
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        viewingAs.textContent = '';
        if (!body.ok) {
          // The cookie names someone unknown: offer the way back rather than a dead end.
          var refused = option('-', body.error.message.slice(0, 80));
          refused.disabled = true;
          viewingAs.appendChild(refused);
          viewingAs.appendChild(option('', 'Act as the default person'));
          viewingAs.value = '-';
          viewingAs.disabled = false;
          return;
        }
        var data = body.data;
        var teams = new Map(data.teams.map(function (team) { return [team.id, team]; }));
        var groups = [
          { label: 'In-house teams', kind: 'internal' },
          { label: 'Agencies (see only their own work)', kind: 'agency' },
        ];
        groups.forEach(function (group) {
          var element = document.createElement('optgroup');
          element.label = group.label;
          data.people
            .filter(function (person) { return (teams.get(person.teamId) || { kind: 'internal' }).kind === group.kind; })
            .sort(function (a, b) { return a.name.localeCompare(b.name); })
            .forEach(function (person) {
              var team = teams.get(person.teamId);
              element.appendChild(option(person.id, person.name + ' (' + (team ? team.name : person.teamId) + ')'));
            });
          if (element.children.length > 0) viewingAs.appendChild(element);
        });
        viewingAs.value = data.viewer.id;
        viewingAs.disabled = false;
      })
      .catch(function (error) {
        viewingAs.textContent = '';
        viewingAs.appendChild(option('-', 'People not loaded: ' + error.message));
      });
  }

  // The "Create task" form posts to the same API as any client, so the on-created automation runs.
  var form = document.getElementById('create-task');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var draft = { projectId: data.get('projectId'), title: data.get('title'), description: data.get('description') || '' };
      ['type', 'teamId'].forEach(function (name) {
        var value = String(data.get(name) || '').trim();
        if (value) draft[name] = value;
      });
      var problem = document.getElementById('create-task-problem');
      problem.textContent = '';
      fetch('/api/tasks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) })
        .then(function (response) {
          return response.json();
        })
        .then(function (body) {
          if (body.ok) window.location.assign('/tasks/' + encodeURIComponent(body.data.task.id) + window.location.search);
          else problem.textContent = body.error.message;
        })
        .catch(function (error) {
          problem.textContent = 'The local host did not answer: ' + error.message;
        });
    });
  }
})();
