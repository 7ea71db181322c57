/*
 * Mops local host: the tracker page's own controls, beside the bridge (custom-ui-host.js, loaded first):
 * "Viewing as" (the mops_user cookie the API reads as the viewer), "Theme" (the mops_theme cookie),
 * which, as Jira's theme switch does, restyles the page and the framed apps at once, and the "Create
 * task" form.
 */
(function () {
  'use strict';
  var origin = window.location.origin;
  var YEAR_SECONDS = 365 * 24 * 60 * 60;

  var colorMode = window.mopsHost.colorMode;

  function writeCookie(name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + YEAR_SECONDS + '; samesite=lax';
  }

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
