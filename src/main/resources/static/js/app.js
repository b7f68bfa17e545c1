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

  // Idle-session warning: 60 seconds before the server forgets the session, offer to stay signed in.
  var timeoutMeta = document.querySelector('meta[name="session-timeout"]');
  var modalElement = document.getElementById('session-warning');
  if (!timeoutMeta || !timeoutMeta.content || !modalElement || typeof bootstrap === 'undefined') {
    return;
  }
  var timeoutSeconds = parseInt(timeoutMeta.content, 10);
  var warningLead = 60;
  var modal = new bootstrap.Modal(modalElement);
  var countdown = modalElement.querySelector('[data-session-countdown]');
  var lastActivity = Date.now();
  var shown = false;

  function touched(event) {
    // background refreshes (badges, live figures) are not the user's activity
    var headers = event && event.detail && event.detail.requestConfig && event.detail.requestConfig.headers;
    if (headers && headers['X-Background']) {
      return;
    }
    lastActivity = Date.now();
    if (shown) {
      modal.hide();
      shown = false;
    }
  }
  document.body.addEventListener('htmx:afterRequest', touched);

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

  // the idle time is up: end the session on the server too, then show the sign-in page
  function signOut() {
    var headers = {};
    if (csrfToken && csrfHeader) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    fetch('/logout', {method: 'POST', headers: headers, credentials: 'same-origin'})
      .finally(function () { window.location.href = '/login?expired'; });
  }

  modalElement.querySelector('[data-session-keepalive]').addEventListener('click', function (event) {
    var headers = {};
    if (csrfToken && csrfHeader) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    fetch(event.target.getAttribute('data-url'), {method: 'POST', headers: headers, credentials: 'same-origin'})
      .then(function (response) {
        if (response.ok) {
          touched();
        } else {
          signOut();
        }
      });
  });
})();
