// The tolk's desk in the browser: live updates from /console/events (server-sent events), browser notifications and
// an optional sound, the conversation scrolled to its newest message, and keyboard shortcuts. Loaded only for staff
// who answer residents. Every text comes from the page (data-t-* attributes) and is set with textContent.
(function () {
  'use strict';

  var live = document.getElementById('desk-live');
  if (!live) {
    return;
  }
  var SOUND_KEY = 'selam.desk.sound';
  var status = document.getElementById('desk-status');
  var toasts = document.getElementById('desk-toasts');
  var sound = document.getElementById('desk-sound');
  var notifyButton = document.getElementById('desk-notify');
  var grid = document.querySelector('[data-escalation]');
  var here = grid ? grid.getAttribute('data-escalation') : null;

  function text(key, language) {
    var pattern = live.getAttribute('data-t-' + key) || key;
    return pattern.replace('{0}', languageName(language));
  }

  function languageName(code) {
    var el = live.querySelector('.lang-name[data-code="' + (code || '').replace(/[^a-z]/g, '') + '"]');
    return el ? el.textContent : (code || '');
  }

  // --- settings: sound on or off (remembered in this browser), notifications asked for with a click ---

  try {
    sound.checked = window.localStorage.getItem(SOUND_KEY) === 'on';
  } catch (e) { /* storage refused: the box starts unticked */ }
  sound.addEventListener('change', function () {
    try {
      window.localStorage.setItem(SOUND_KEY, sound.checked ? 'on' : 'off');
    } catch (e) { /* not remembered */ }
  });

  function notificationsGranted() {
    return 'Notification' in window && window.Notification.permission === 'granted';
  }

  function showNotifyButton() {
    notifyButton.hidden = !('Notification' in window) || window.Notification.permission !== 'default';
  }
  showNotifyButton();
  notifyButton.addEventListener('click', function () {
    if ('Notification' in window) {
      window.Notification.requestPermission().then(showNotifyButton, showNotifyButton);
    }
  });

  // --- telling the tolk: an in-page message always, a browser notification and a beep when asked for ---

  function toast(message, urgent) {
    var p = document.createElement('p');
    p.className = 'desk-toast' + (urgent ? ' urgent' : '');
    p.textContent = message;
    toasts.appendChild(p);
    window.setTimeout(function () { p.remove(); }, 12000);
  }

  function beep(urgent) {
    if (!sound.checked) {
      return;
    }
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      var ctx = new Ctx();
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.frequency.value = urgent ? 880 : 660;
      gain.gain.value = 0.08;
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + (urgent ? 0.6 : 0.25));
    } catch (e) { /* no audio: the toast and notification remain */ }
  }

  function tell(message, urgent, escalation) {
    toast(message, urgent);
    beep(urgent);
    if (notificationsGranted()) {
      try {
        var n = new window.Notification('Selam', { body: message, tag: 'selam-desk-' + (escalation || 'x') });
        n.onclick = function () {
          window.focus();
          if (escalation) {
            window.location.href = '/console/conversations/' + escalation;
          }
        };
      } catch (e) { /* some browsers allow notifications only from a service worker */ }
    }
  }

  // --- what the page does with each event ---

  function refreshQueue() {
    if (document.getElementById('queue-list')) {
      window.htmx.trigger(document.body, 'queue-changed');
    }
  }

  function refreshThread() {
    if (!here || !document.getElementById('thread')) {
      return;
    }
    window.htmx.ajax('GET', window.location.pathname, { target: '#thread', select: '#thread', swap: 'outerHTML' })
      .then(scrollThread);
  }

  function handle(type, data) {
    var mine = here !== null && String(data.escalation) === here;
    refreshQueue();
    if (type === 'escalation') {
      tell(text(data.urgent ? 'urgent' : 'escalation', data.language), data.urgent, data.escalation);
    } else if (type === 'message') {
      if (mine) {
        refreshThread();
      }
      if (!mine || document.hidden) {
        toast(text('message', data.language), false);
      }
    } else if (type === 'claimed') {
      if (data.toMe) {
        tell(text('tome', data.language), data.urgent, data.escalation);
      } else if (mine && !data.byMe) {
        toast(text('claimed', data.language), false);
        window.htmx.trigger(document.getElementById('conversation-news'), 'desk-news');
      }
    } else if (type === 'closed') {
      if (mine && !data.byMe) {
        window.htmx.trigger(document.getElementById('conversation-news'), 'desk-news');
      }
    } else if (type === 'erased') {
      tell(text('erased', data.language), true, null);
    }
  }

  function connect() {
    if (!('EventSource' in window)) {
      status.textContent = text('off');
      return;
    }
    var source = new window.EventSource('/console/events');
    source.addEventListener('hello', function () {
      status.textContent = text('on');
      live.classList.add('connected');
      live.setAttribute('data-connected', 'true');
    });
    ['escalation', 'message', 'claimed', 'closed', 'erased'].forEach(function (type) {
      source.addEventListener(type, function (event) {
        var data;
        try {
          data = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        handle(type, data);
      });
    });
    source.onerror = function () {
      // EventSource reconnects by itself; until then the page's slower polling keeps the list fresh
      status.textContent = text('off');
      live.classList.remove('connected');
      live.setAttribute('data-connected', 'false');
    };
  }
  connect();

  // --- the conversation: newest message in view, reply box at the bottom ---

  function scrollThread() {
    var thread = document.getElementById('thread');
    if (thread) {
      thread.scrollTop = thread.scrollHeight;
      var last = thread.lastElementChild;
      if (last && !window.location.hash) {
        last.scrollIntoView({ block: 'nearest' });
      }
    }
  }
  scrollThread();

  // --- keyboard shortcuts (listed on the conversation page) ---

  function press(id) {
    var button = document.getElementById(id);
    if (button) {
      button.click();
      return true;
    }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target && event.target.id === 'reply-text') {
      event.preventDefault();
      var form = document.getElementById('reply-form');
      if (form && form.reportValidity()) {
        form.requestSubmit(document.getElementById('send-reply'));
      }
      return;
    }
    if (!(event.altKey && event.shiftKey) || event.ctrlKey || event.metaKey) {
      return;
    }
    var key = (event.code || '').replace('Key', '').toUpperCase();
    var done = false;
    if (key === 'C') {
      done = press('claim');
    } else if (key === 'R') {
      done = press('resolve');
    } else if (key === 'S') {
      var search = document.getElementById('saved-search');
      if (search) {
        search.focus();
        done = true;
      }
    }
    if (done) {
      event.preventDefault();
    }
  });
})();
