// Selam web chat: sends each message to /api/ask and shows the reply.
// Safety rule for this file: user and answer text only ever reach the page through textContent or text nodes
// (never an HTML-parsing property), so nothing a resident or an editor writes can run as markup.
'use strict';

(function () {
    const LANGUAGES = ['ti', 'ar', 'nl', 'en'];
    const STORAGE_KEY = 'selam.language';     // only the chosen language is remembered, never messages
    const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
    const TRAILING_PUNCTUATION = /[.,;:!?)\]»”’]+$/;

    const el = (id) => document.getElementById(id);
    const log = el('log');
    const input = el('input');
    const send = el('send');

    const state = {
        chosen: storedLanguage(),   // the resident's explicit choice; sent as `language` only when set
        language: null,             // the language the page is shown in
        texts: {}
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
        el('input-label').textContent = t('web.placeholder');
        input.placeholder = t('web.placeholder');
        send.textContent = t('web.send');
        el('privacy').textContent = t('web.privacy');
        el('notice').textContent = t('web.notice');
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

    // Splits the answer into text nodes and anchors; only http(s) addresses become links.
    function appendWithLinks(container, text) {
        let last = 0;
        for (const match of text.matchAll(URL_PATTERN)) {
            const url = match[0].replace(TRAILING_PUNCTUATION, '');
            container.appendChild(document.createTextNode(text.slice(last, match.index)));
            container.appendChild(link(url));
            last = match.index + url.length;
        }
        container.appendChild(document.createTextNode(text.slice(last)));
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

    function showReply(reply) {
        const div = bubble('bot');
        div.lang = reply.language;
        if (reply.outcome === 'CRISIS') {
            div.classList.add('crisis');
        }
        appendWithLinks(div, reply.answer || '');
        if (reply.outcome === 'CLARIFY' && Array.isArray(reply.candidates)) {
            div.appendChild(choiceButtons(reply.candidates));
        }
        log.scrollTop = log.scrollHeight;
    }

    function choiceButtons(candidates) {
        const group = document.createElement('div');
        group.className = 'choices';
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', t('web.choices'));
        for (const candidate of candidates) {
            const button = document.createElement('button');
            button.type = 'button';
            button.dir = 'auto';
            button.textContent = candidate.title || candidate.topic;
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

    async function ask(text) {
        const question = text.trim();
        const problem = problemWith(question);
        if (problem) {
            note(t(problem));
            return;
        }
        bubble('me', question);
        const thinking = bubble('bot thinking', t('web.thinking'));
        send.disabled = true;
        try {
            const body = {text: question};
            if (state.chosen) {
                body.language = state.chosen;
            }
            const response = await fetch('/api/ask', {
                method: 'POST',
                headers: {'Content-Type': 'application/json', Accept: 'application/json'},
                body: JSON.stringify(body)
            });
            thinking.remove();
            if (!response.ok) {
                note(t('error.generic'));
                return;
            }
            const reply = await response.json();
            showReply(reply);
            // Until the resident picks a language, the page follows the language they write in.
            if (!state.chosen && reply.language !== state.language && LANGUAGES.includes(reply.language)) {
                showIn(reply.language).catch(() => undefined);
            }
        } catch (e) {
            thinking.remove();
            note(t('error.offline'));
        } finally {
            send.disabled = false;
        }
    }

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
    el('person').addEventListener('click', () => ask(t('web.talk_to_person.message')));

    showIn(state.chosen || browserLanguage()).catch(() => {
        el('intro').textContent = '…';
    });
})();
