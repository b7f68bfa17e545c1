// Staff application behaviour: CSRF for htmx, auto-submitting selects, and the idle-session warning.
(function () {
  'use strict';
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (csrfToken && csrfHeader && csrfToken.content) {
      event.detail.headers[csrfHeader.content] = csrfToken.content;
    }
  });

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.submit();
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // A control that only makes sense in one mode (the picker's search, the level of "every … under X") selects it.
  function selectMode(event) {
    var control = event.target.closest && event.target.closest('[data-selects-mode]');
    var radio = control && document.getElementById(control.getAttribute('data-selects-mode'));
    if (radio) {
      radio.checked = true;
    }
  }
  document.addEventListener('focusin', selectMode);
  document.addEventListener('input', selectMode);
  document.addEventListener('change', selectMode);

  // Target picker: unticking a chosen organisation drops its chip, and its search result (if shown) can be ticked again.
  document.addEventListener('change', function (event) {
    var chip = event.target;
    if (!chip.matches('[data-chip]') || chip.checked) {
      return;
    }
    var option = document.getElementById('option-' + chip.value);
    if (option) {
      option.checked = false;
      option.disabled = false;
    }
    chip.closest('.form-check').remove();
  });

  // Tree nodes: the first click loads the children (htmx, once); every click shows or hides them.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-tree-toggle]');
    if (!toggle) {
      return;
    }
    var target = document.getElementById(toggle.getAttribute('aria-controls'));
    var expanded = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!expanded));
    toggle.textContent = expanded ? '\u25B8' : '\u25BE';
    target.hidden = expanded;
  });

  // Unsaved typing survives the end of a session: when the idle time is up, what the person typed into the page's
  // forms is kept in this browser (for their account only) and put back when they open the page again after signing in.
  var accountMeta = document.querySelector('meta[name="account"]');
  var owner = accountMeta ? accountMeta.content : '';
  var draftKey = 'ltb-draft:' + window.location.pathname + window.location.search;

  function editableForms() {
    return Array.prototype.filter.call(document.querySelectorAll('form'), function (form) {
      return (form.method || '').toLowerCase() === 'post' && !/\/logout$/.test(form.getAttribute('action') || '')
        && form.querySelector('input:not([type=hidden]), textarea, select');
    });
  }

  function keepDraft() {
    var forms = editableForms().map(function (form, index) {
      var fields = [];
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.type === 'hidden' || el.type === 'password' || el.type === 'file' || el.type === 'submit') {
          return;
        }
        var changed = (el.type === 'checkbox' || el.type === 'radio') ? el.checked !== el.defaultChecked
          : el.tagName === 'SELECT' ? Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; })
          : el.value !== el.defaultValue;
        if (changed) {
          fields.push({name: el.name, value: el.value, checked: el.checked, type: el.type});
        }
      });
      return {index: index, action: form.getAttribute('action'), fields: fields};
    }).filter(function (f) { return f.fields.length > 0; });
    if (forms.length > 0 && owner) {
      localStorage.setItem(draftKey, JSON.stringify({owner: owner, savedAt: Date.now(), forms: forms}));
      localStorage.setItem('ltb-return', JSON.stringify({owner: owner, path: window.location.pathname + window.location.search}));
    }
  }

  function restoreDraft() {
    var raw = localStorage.getItem(draftKey);
    if (!raw) {
      return;
    }
    localStorage.removeItem(draftKey);
    var draft = JSON.parse(raw);
    if (draft.owner !== owner || Date.now() - draft.savedAt > 7 * 24 * 3600 * 1000) {
      return;
    }
    var forms = editableForms();
    var restored = false;
    draft.forms.forEach(function (saved) {
      var form = forms.filter(function (f) { return f.getAttribute('action') === saved.action; })[0] || forms[saved.index];
      if (!form) {
        return;
      }
      saved.fields.forEach(function (field) {
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name !== field.name) {
            return;
          }
          if (el.type === 'checkbox' || el.type === 'radio') {
            if (el.value === field.value) { el.checked = field.checked; restored = true; }
          } else {
            el.value = field.value;
            restored = true;
          }
        });
      });
    });
    var notice = document.getElementById('draft-restored');
    if (restored && notice) {
      notice.hidden = false;
    }
  }

  if (owner) {
    var pending = localStorage.getItem('ltb-return');
    if (pending) {
      localStorage.removeItem('ltb-return');
      var target = JSON.parse(pending);
      if (target.owner === owner && target.path !== window.location.pathname + window.location.search
          && target.path.indexOf('/app') === 0) {
        window.location.replace(target.path);
        return;
      }
    }
    restoreDraft();
  }

  // Idle-session warning: 60 seconds before the server forgets the session, offer to stay signed in. Typing counts as
  // activity: it renews the server's idle timer too, at most once every 30 seconds.
  var timeoutMeta = document.querySelector('meta[name="session-timeout"]');
  var modalElement = document.getElementById('session-warning');
  if (!timeoutMeta || !timeoutMeta.content || !modalElement || typeof bootstrap === 'undefined') {
    return;
  }
  var timeoutSeconds = parseInt(timeoutMeta.content, 10);
  var warningLead = Math.min(60, Math.floor(timeoutSeconds / 2));
  var modal = new bootstrap.Modal(modalElement);
  var countdown = modalElement.querySelector('[data-session-countdown]');
  var keepAliveButton = modalElement.querySelector('[data-session-keepalive]');
  var lastActivity = Date.now();
  var lastServerContact = Date.now();
  var shown = false;

  function csrfHeaders() {
    var headers = {};
    if (csrfToken && csrfHeader) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    return headers;
  }

  function touched(event) {
    // background refreshes (badges, live figures) are not the user's activity
    var headers = event && event.detail && event.detail.requestConfig && event.detail.requestConfig.headers;
    if (headers && headers['X-Background']) {
      return;
    }
    lastActivity = Date.now();
    lastServerContact = Date.now();
    if (shown) {
      modal.hide();
      shown = false;
    }
  }
  document.body.addEventListener('htmx:afterRequest', touched);

  function keepAlive(then) {
    fetch(keepAliveButton.getAttribute('data-url'), {method: 'POST', headers: csrfHeaders(), credentials: 'same-origin'})
      .then(function (response) {
        if (response.ok) {
          touched();
        } else {
          signOut();
        }
      });
  }

  function typed() {
    lastActivity = Date.now();
    if (Date.now() - lastServerContact > 30000) {
      lastServerContact = Date.now();
      keepAlive();
    }
  }
  document.addEventListener('input', typed);
  document.addEventListener('keydown', typed);

  setInterval(function () {
    var idle = (Date.now() - lastActivity) / 1000;
    var left = Math.max(0, Math.round(timeoutSeconds - idle));
    if (left <= 0) {
      signOut();
      return;
    }
    if (left <= warningLead) {
      countdown.textContent = left;
      if (!shown) {
        modal.show();
        shown = true;
      }
    }
  }, 1000);

  // the idle time is up: keep what was typed, end the session on the server too, then show the sign-in page
  function signOut() {
    keepDraft();
    fetch('/logout', {method: 'POST', headers: csrfHeaders(), credentials: 'same-origin'})
      .finally(function () { window.location.href = '/login?expired'; });
  }

  keepAliveButton.addEventListener('click', function () {
    keepAlive();
  });
})();
