// Selam web chat: a channel on the conversation pipeline. Messages go to /api/chat/messages; Selam's answers and
// tolk replies come back by polling /api/chat/messages?after=<last id>. The session is an HttpOnly cookie.
// Safety rule for this file: user and answer text only ever reach the page through textContent or text nodes
// (never an HTML-parsing property), so nothing a resident or an editor writes can run as markup.
'use strict';

(function () {
    // The languages Selam answers in, from the server's registry (GET /api/texts): the page keeps no list of its own.
    let LANGUAGES = [];
    const STORAGE_KEY = 'selam.language';     // only the chosen language is remembered, never messages
    const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
    // The emergency lines: 112, 113 and 0800-0113 (also written with a space or run together), not inside a longer
    // number or an address. Each becomes a tel: link a phone can call with one tap.
    const EMERGENCY_PATTERN = /(?<![\d\-/.])(0800[\s\-]?0113|112|113)(?![\d\-])/g;
    const STEP_CHARACTERS = 240;      // a long answer is shown in steps of about this length (a phone screen)
    const LONG_ANSWER = 360;          // shorter answers are shown whole
    const TRAILING_PUNCTUATION = /[.,;:!?)\]»”’]+$/;

    const el = (id) => document.getElementById(id);
    const log = el('log');
    const input = el('input');
    const send = el('send');

    const state = {
        chosen: null,               // the resident's explicit choice (read once the languages are known); sent as `language` only when set
        language: null,             // the language the page is shown in
        texts: {},
        mediaMaxBytes: 10 * 1024 * 1024,   // replaced by the server's limit with the texts
        staffName: null                     // the first name of the tolk who claimed the conversation
    };

    function storedLanguage() {
        try {
            const value = window.localStorage.getItem(STORAGE_KEY);
            return LANGUAGES.includes(value) ? value : null;
        } catch (e) {
            return null; // storage may be blocked; the chat works without it
        }
    }

    function remember(language) {
        try {
            window.localStorage.setItem(STORAGE_KEY, language);
        } catch (e) {
            // not remembering is fine
        }
    }

    function browserLanguage() {
        const preferred = navigator.languages || [navigator.language || ''];
        for (const tag of preferred) {
            const code = String(tag).toLowerCase().split('-')[0];
            if (LANGUAGES.includes(code)) {
                return code;
            }
        }
        return 'nl';
    }

    async function loadLanguages() {
        try {
            const response = await fetch('/api/texts', {headers: {Accept: 'application/json'}});
            if (response.ok) {
                LANGUAGES = (await response.json()).languages.map((option) => option.code);
            }
        } catch (e) {
            // offline: the page still opens in Dutch, and the texts request says what is wrong
        }
    }

    function t(key) {
        return state.texts[key] || '';
    }

    async function showIn(language) {
        const response = await fetch('/api/texts/' + encodeURIComponent(language), {headers: {Accept: 'application/json'}});
        if (!response.ok) {
            throw new Error('texts ' + response.status);
        }
        const data = await response.json();
        state.language = data.language;
        state.texts = data.texts;
        document.documentElement.lang = data.language;
        document.documentElement.dir = data.dir;
        document.title = t('web.title');
        el('title').textContent = t('web.title');
        el('language-label').textContent = t('web.language');
        el('intro').textContent = t('web.intro');
        el('person').textContent = t('web.talk_to_person');
        el('assistant').textContent = t('web.back_to_assistant');
        showBanner();
        el('info-summary').textContent = t('web.info');
        el('attach').title = t('web.attach');
        el('attach').setAttribute('aria-label', t('web.attach'));
        labelRecorder();
        el('erase').textContent = t('web.erase');
        el('erase-question').textContent = t('web.erase.confirm');
        el('erase-yes').textContent = t('web.erase.yes');
        el('erase-no').textContent = t('web.erase.no');
        el('input-label').textContent = t('web.placeholder');
        input.placeholder = t('web.placeholder');
        send.textContent = t('web.send');
        el('privacy').textContent = t('web.privacy');
        el('notice').textContent = t('web.notice');
        if (data.mediaMaxBytes) {
            state.mediaMaxBytes = data.mediaMaxBytes;
        }
        renderLanguageButtons(data.languages);
    }

    function renderLanguageButtons(options) {
        const nav = el('languages');
        nav.querySelectorAll('button').forEach((b) => b.remove());
        for (const option of options) {
            const button = document.createElement('button');
            button.type = 'button';
            button.lang = option.code;
            button.textContent = option.name;
            button.setAttribute('aria-pressed', String(option.code === state.language));
            button.addEventListener('click', () => choose(option.code));
            nav.appendChild(button);
        }
    }

    function choose(language) {
        state.chosen = language;
        remember(language);
        chooseOnServer(language);
        showIn(language).catch(() => note(t('error.offline')));
    }

    function bubble(kind, text) {
        const div = document.createElement('div');
        div.className = 'bubble ' + kind;
        div.dir = 'auto';
        if (text !== undefined) {
            div.textContent = text;
        }
        log.appendChild(div);
        log.scrollTop = log.scrollHeight;
        return div;
    }

    function note(text) {
        return bubble('note', text);
    }

    // Splits the answer into text nodes and anchors; only http(s) addresses and the emergency numbers become links.
    function appendWithLinks(container, text) {
        let last = 0;
        for (const match of text.matchAll(URL_PATTERN)) {
            const url = match[0].replace(TRAILING_PUNCTUATION, '');
            appendWithNumbers(container, text.slice(last, match.index));
            container.appendChild(link(url));
            last = match.index + url.length;
        }
        appendWithNumbers(container, text.slice(last));
    }

    function appendWithNumbers(container, text) {
        let last = 0;
        for (const match of text.matchAll(EMERGENCY_PATTERN)) {
            container.appendChild(document.createTextNode(text.slice(last, match.index)));
            const a = document.createElement('a');
            a.className = 'tel';
            a.href = 'tel:' + match[0].replace(/\D/g, '');
            a.dir = 'ltr';
            a.textContent = match[0];
            container.appendChild(a);
            last = match.index + match[0].length;
        }
        container.appendChild(document.createTextNode(text.slice(last)));
    }

    // A long answer in short steps: lines first, then sentences, grouped up to about a phone screen each.
    function steps(text) {
        const pieces = [];
        for (const line of text.split(/\n+/)) {
            const sentences = line.length > STEP_CHARACTERS ? line.match(/[^.!?።؟]+[.!?።؟]*\s*/g) || [line] : [line];
            pieces.push(...sentences.map((p) => p.trim()).filter(Boolean).map((p, i, all) =>
                i === all.length - 1 ? p + '\n' : p + ' '));
        }
        const grouped = [];
        for (const piece of pieces) {
            const current = grouped.length ? grouped[grouped.length - 1] : null;
            if (current !== null && Array.from(current + piece).length <= STEP_CHARACTERS) {
                grouped[grouped.length - 1] = current + piece;
            } else {
                grouped.push(piece);
            }
        }
        return grouped.map((g) => g.replace(/\s+$/, ''));
    }

    // Crisis replies are never folded: every number in them must be in view at once.
    function appendAnswer(container, text, whole) {
        if (whole || Array.from(text).length <= LONG_ANSWER) {
            appendWithLinks(container, text);
            return;
        }
        const parts = steps(text);
        const spans = parts.map((part, i) => {
            const span = document.createElement('span');
            span.className = 'step';
            span.hidden = i > 0;
            appendWithLinks(span, (i > 0 ? '\n' : '') + part);
            container.appendChild(span);
            return span;
        });
        if (spans.length < 2) {
            return;
        }
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'more';
        more.textContent = t('web.more');
        more.addEventListener('click', () => {
            const next = spans.find((span) => span.hidden);
            if (next) {
                next.hidden = false;
            }
            if (!spans.some((span) => span.hidden)) {
                more.remove();
            }
        });
        container.appendChild(more);
    }

    function link(url) {
        let parsed;
        try {
            parsed = new URL(url);
        } catch (e) {
            return document.createTextNode(url);
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            return document.createTextNode(url);
        }
        const a = document.createElement('a');
        a.href = parsed.href;
        a.textContent = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        return a;
    }

    // --- the channel: messages go to /api/chat/messages and come back by polling, so tolk replies arrive too ---

    const POLL_MS = 2500;
    const seen = new Set();      // server ids already shown
    let lastId = 0;
    let polling = false;

    function newId() {
        const bytes = new Uint8Array(12);
        window.crypto.getRandomValues(bytes);
        return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    }

    function show(message) {
        if (seen.has(message.id)) {
            return;
        }
        seen.add(message.id);
        lastId = Math.max(lastId, message.id);
        if (message.from === 'me') {
            if (message.media) {
                showMedia(message);
            } else {
                bubble('me', message.text || '');
            }
            return;
        }
        const div = bubble(message.from === 'staff' ? 'staff' : 'bot');
        if (message.language) {
            div.lang = message.language;
        }
        if (message.from === 'staff') {
            const from = document.createElement('span');
            from.className = 'from';
            from.textContent = t('web.staff');
            div.appendChild(from);
        }
        if (message.kind === 'CRISIS') {
            div.classList.add('crisis');
        }
        if (message.kind === 'STAFF_FILE') {
            staffFile(div, message);
        } else {
            appendAnswer(div, message.text || '', message.kind === 'CRISIS');
        }
        if (message.kind === 'CLARIFY' && Array.isArray(message.choices) && message.choices.length) {
            div.appendChild(choiceButtons(message.choices));
        }
        log.scrollTop = log.scrollHeight;
    }

    // The resident's own file: shown from the server, which gives it only to this session.
    function showMedia(message) {
        const div = bubble('me');
        const source = '/api/chat/media/' + encodeURIComponent(message.id);
        const label = t('web.media.' + message.media) || message.media;
        if (message.media === 'photo') {
            const img = document.createElement('img');
            img.className = 'media';
            img.src = source;
            img.alt = label;
            img.addEventListener('load', () => { log.scrollTop = log.scrollHeight; });
            div.appendChild(img);
        } else if (message.media === 'voice') {
            const audio = document.createElement('audio');
            audio.className = 'media';
            audio.controls = true;
            audio.preload = 'none';
            audio.src = source;
            audio.setAttribute('aria-label', label);
            div.appendChild(audio);
        } else {
            const a = document.createElement('a');
            a.className = 'media';
            a.href = source;
            a.target = '_blank';
            a.rel = 'noopener noreferrer';
            a.textContent = '📄 ' + label;
            div.appendChild(a);
        }
        div.classList.add('file');
        div.dataset.media = message.media;
    }

    // "A staff member is taking over" only once somebody has claimed the conversation, with their first name.
    function showBanner() {
        const banner = el('queue');
        banner.hidden = !state.staffName;
        banner.textContent = state.staffName ? t('web.queue.claimed').split('{name}').join(state.staffName) : '';
    }

    // A file or photo from a tolk: a download link that only this chat session can open (the cookie is sent).
    function staffFile(div, message) {
        const a = document.createElement('a');
        a.href = '/api/chat/files/' + encodeURIComponent(message.id);
        a.className = 'staff-file';
        a.setAttribute('download', '');
        a.textContent = '\u{1F4CE} ' + (message.text || '');
        div.appendChild(a);
    }

    function showState(data) {
        const withPerson = Boolean(data.escalation);
        state.staffName = withPerson && data.staffName ? data.staffName : null;
        showBanner();
        el('assistant').hidden = !withPerson;
        el('person').hidden = withPerson;
        // Until the resident picks a language, the page follows the language Selam answers in.
        const last = data.messages.filter((m) => m.from !== 'me' && m.language).pop();
        if (!state.chosen && last && last.language !== state.language && LANGUAGES.includes(last.language)) {
            showIn(last.language).catch(() => undefined);
        }
    }

    async function poll() {
        if (polling) {
            return;
        }
        polling = true;
        try {
            const response = await fetch('/api/chat/messages?after=' + lastId,
                {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
            if (response.ok) {
                const data = await response.json();
                data.messages.forEach(show);
                showState(data);
            }
        } catch (e) {
            // offline for a moment: the next poll catches up
        } finally {
            polling = false;
        }
    }

    function choiceButtons(choices) {
        const group = document.createElement('div');
        group.className = 'choices';
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', t('web.choices'));
        for (const choice of choices) {
            const button = document.createElement('button');
            button.type = 'button';
            button.dir = 'auto';
            button.textContent = choice.title || choice.topic;
            button.addEventListener('click', () => ask(button.textContent));
            group.appendChild(button);
        }
        return group;
    }

    function length(text) {
        return Array.from(text).length; // code points, as the server counts
    }

    // The key of the text explaining why this message cannot be sent, or null when it can.
    function problemWith(question) {
        if (!question) {
            return 'error.empty';
        }
        return length(question) > Number(input.maxLength || 4000) ? 'error.too_long' : null;
    }

    // One id per message, kept across retries, so a resend after a network error is not a second message.
    async function post(body) {
        body.id = newId();
        if (state.chosen) {
            body.language = state.chosen;
        }
        send.disabled = true;
        try {
            for (let attempt = 0; attempt < 3; attempt++) {
                try {
                    const response = await fetch('/api/chat/messages', {
                        method: 'POST', credentials: 'same-origin',
                        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
                        body: JSON.stringify(body)
                    });
                    if (response.status >= 500) {
                        continue;
                    }
                    if (!response.ok && response.status !== 429) {
                        note(t('error.generic'));
                    }
                    await poll();
                    return;
                } catch (e) {
                    await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
                }
            }
            note(t('error.offline'));
        } finally {
            send.disabled = false;
        }
    }

    function ask(text) {
        const question = text.trim();
        const problem = problemWith(question);
        if (problem) {
            note(t(problem));
            return;
        }
        post({text: question});
    }

    async function chooseOnServer(language) {
        try {
            await fetch('/api/chat/language', {
                method: 'PUT', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify({language: language})
            });
        } catch (e) {
            // the choice also travels with the next message
        }
    }

    async function erase() {
        el('erase-confirm').hidden = true;
        try {
            const response = await fetch('/api/chat/erase', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify({confirm: true})
            });
            if (!response.ok) {
                note(t('error.generic'));
                return;
            }
            log.querySelectorAll('.bubble:not(#intro)').forEach((b) => b.remove());
            seen.clear();
            lastId = 0;
            showState({escalation: null, staffName: null, messages: []});
            note(t('web.erase.done'));
        } catch (e) {
            note(t('error.offline'));
        }
    }

    // --- files and voice notes: POST /api/chat/media, one id per file kept across retries, like messages ---

    async function upload(blob, filename) {
        if (blob.size > state.mediaMaxBytes) {
            note(t('error.media_too_large'));
            return;
        }
        const id = newId();
        const sending = note(t('web.media.sending'));
        try {
            for (let attempt = 0; attempt < 3; attempt++) {
                const form = new FormData();
                form.append('id', id);
                form.append('file', blob, filename);
                try {
                    const response = await fetch('/api/chat/media', {
                        method: 'POST', credentials: 'same-origin', headers: {Accept: 'application/json'}, body: form
                    });
                    if (response.status >= 500) {
                        continue;
                    }
                    if (response.status === 413) {
                        note(t('error.media_too_large'));
                    } else if (response.status === 415) {
                        note(t('error.media_type'));
                    } else if (!response.ok && response.status !== 429) {
                        note(t('error.generic'));
                    }
                    await poll();
                    return;
                } catch (e) {
                    await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
                }
            }
            note(t('error.offline'));
        } finally {
            sending.remove();
        }
    }

    const fileInput = el('file');
    fileInput.addEventListener('change', () => {
        const file = fileInput.files && fileInput.files[0];
        fileInput.value = '';
        if (file) {
            upload(file, file.name || 'file');
        }
    });
    el('attach').addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            fileInput.click();
        }
    });

    const RECORDING_LIMIT_MS = 3 * 60 * 1000;   // a voice note of three minutes is well under the size limit
    const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
    const recorder = {active: null, chunks: [], timer: null};

    function labelRecorder() {
        const recording = Boolean(recorder.active);
        const label = t(recording ? 'web.record.stop' : 'web.record');
        el('record').title = label;
        el('record').setAttribute('aria-label', label);
        el('record').setAttribute('aria-pressed', String(recording));
        el('recording').hidden = !recording;
        el('recording').textContent = t('web.recording');
    }

    async function startRecording() {
        if (!navigator.mediaDevices || !window.MediaRecorder) {
            note(t('error.microphone'));
            return;
        }
        let stream;
        try {
            stream = await navigator.mediaDevices.getUserMedia({audio: true});
        } catch (e) {
            note(t('error.microphone'));
            return;
        }
        const type = RECORDING_TYPES.find((candidate) => MediaRecorder.isTypeSupported(candidate));
        const media = type ? new MediaRecorder(stream, {mimeType: type}) : new MediaRecorder(stream);
        recorder.chunks = [];
        media.addEventListener('dataavailable', (event) => {
            if (event.data && event.data.size) {
                recorder.chunks.push(event.data);
            }
        });
        media.addEventListener('stop', () => {
            stream.getTracks().forEach((track) => track.stop());
            const mime = (media.mimeType || type || 'audio/webm').split(';')[0];
            const blob = new Blob(recorder.chunks, {type: mime});
            recorder.chunks = [];
            if (blob.size) {
                upload(blob, 'voice.' + (mime.split('/')[1] || 'webm'));
            }
        });
        recorder.active = media;
        media.start();
        recorder.timer = window.setTimeout(stopRecording, RECORDING_LIMIT_MS);
        labelRecorder();
    }

    function stopRecording() {
        const media = recorder.active;
        recorder.active = null;
        window.clearTimeout(recorder.timer);
        labelRecorder();
        if (media && media.state !== 'inactive') {
            media.stop();
        }
    }

    el('record').addEventListener('click', () => (recorder.active ? stopRecording() : startRecording()));

    function resize() {
        input.style.height = 'auto';
        input.style.height = Math.min(input.scrollHeight, 8 * 17) + 'px';
    }

    // A message that cannot be sent stays in the box, so the resident can shorten it instead of retyping.
    function submitInput() {
        const problem = problemWith(input.value.trim());
        if (problem) {
            note(t(problem));
            return;
        }
        const text = input.value;
        input.value = '';
        resize();
        ask(text);
    }

    el('composer').addEventListener('submit', (event) => {
        event.preventDefault();
        submitInput();
    });
    input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submitInput();
        }
    });
    input.addEventListener('input', resize);
    el('person').addEventListener('click', () => post({command: 'person', text: t('web.talk_to_person.message')}));
    el('assistant').addEventListener('click', () => post({command: 'assistant', text: t('web.back_to_assistant')}));
    el('erase').addEventListener('click', () => { el('erase-confirm').hidden = false; });
    el('erase-no').addEventListener('click', () => { el('erase-confirm').hidden = true; });
    el('erase-yes').addEventListener('click', erase);
    poll();
    window.setInterval(poll, POLL_MS);

    loadLanguages().then(() => {
        state.chosen = state.chosen || storedLanguage();
        return showIn(state.chosen || browserLanguage());
    }).catch(() => {
        el('intro').textContent = '…';
    });
})();
