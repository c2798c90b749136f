// The self-diagnosis behind a personal link saves every answer the moment it is given. Each
// question (a fieldset with data-save-url) is posted on its own; when the network fails, the
// answer stays queued, the page says so, and it is sent again with a growing pause until it is
// stored. The latest state of a question is what is sent, so a retry never brings back an older
// answer. Without this script the page still works: «Далее» posts all of the page's answers.
(() => {
    const TEXT_PAUSE_MS = 800;
    const FIRST_RETRY_MS = 1000;
    const LONGEST_RETRY_MS = 15000;
    // Statuses worth another try: the server was busy or the request never arrived.
    const RETRIED = new Set([0, 408, 409, 425, 429, 500, 502, 503, 504]);

    const states = new Map();
    const failing = new Set();
    let waitingSubmit = null;

    function stateOf(question) {
        if (!states.has(question)) {
            states.set(question, {inFlight: false, again: false, attempt: 0, retry: null, pause: null});
        }
        return states.get(question);
    }

    function notice() {
        return document.getElementById('connection-notice');
    }

    function body(question) {
        const values = new URLSearchParams();
        question.querySelectorAll('input[name], textarea[name]').forEach((input) => {
            if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
                return;
            }
            values.append(input.name, input.value);
        });
        return values;
    }

    function showStatus(question, html, text) {
        const status = question.querySelector('.save-status');
        if (!status) {
            return;
        }
        if (html !== null) {
            status.innerHTML = html;
        } else {
            status.textContent = text;
        }
    }

    function updateNotice() {
        const element = notice();
        if (!element) {
            return;
        }
        if (failing.size > 0) {
            element.textContent = waitingSubmit ? element.dataset.offline + ' ' + element.dataset.waiting : element.dataset.offline;
            element.classList.remove('d-none');
        } else {
            element.classList.add('d-none');
        }
        document.body.classList.toggle('offline', failing.size > 0);
    }

    function save(question) {
        const state = stateOf(question);
        clearTimeout(state.pause);
        clearTimeout(state.retry);
        if (state.inFlight) {
            state.again = true;
            return;
        }
        state.inFlight = true;
        state.again = false;
        if (!failing.has(question)) {
            showStatus(question, null, notice() ? notice().dataset.saving : '');
        }
        fetch(question.dataset.saveUrl, {
            method: 'POST',
            body: body(question),
            headers: {'X-Requested-With': 'fetch'},
            cache: 'no-store',
        }).then((response) => response.text().then((text) => {
            state.inFlight = false;
            if (RETRIED.has(response.status)) {
                retryLater(question);
                return;
            }
            state.attempt = 0;
            failing.delete(question);
            question.classList.toggle('is-refused', !response.ok);
            showStatus(question, text, null);
            if (state.again) {
                save(question);
                return;
            }
            updateNotice();
            submitIfWaiting();
        })).catch(() => {
            state.inFlight = false;
            retryLater(question);
        });
    }

    function retryLater(question) {
        const state = stateOf(question);
        failing.add(question);
        showStatus(question, null, notice() ? notice().dataset.offline : '');
        updateNotice();
        const pause = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** state.attempt);
        state.attempt += 1;
        state.retry = setTimeout(() => save(question), pause);
    }

    function submitIfWaiting() {
        if (waitingSubmit && failing.size === 0) {
            const {form, submitter} = waitingSubmit;
            waitingSubmit = null;
            form.requestSubmit(submitter);
        }
    }

    document.addEventListener('DOMContentLoaded', () => {
        document.querySelectorAll('[data-save-url]').forEach((question) => {
            question.querySelectorAll('input[type=radio], input[type=checkbox]').forEach((input) => {
                input.addEventListener('change', () => save(question));
            });
            question.querySelectorAll('textarea').forEach((area) => {
                area.addEventListener('input', () => {
                    const state = stateOf(question);
                    clearTimeout(state.pause);
                    state.pause = setTimeout(() => save(question), TEXT_PAUSE_MS);
                });
                area.addEventListener('blur', () => save(question));
            });
        });
        // Leaving the page while an answer waits for the network would lose it: hold «Далее»
        // until every answer is stored, then go on by itself.
        document.querySelectorAll('form').forEach((form) => {
            form.addEventListener('submit', (event) => {
                if (failing.size > 0) {
                    event.preventDefault();
                    waitingSubmit = {form, submitter: event.submitter};
                    updateNotice();
                }
            });
        });
    });

    window.addEventListener('online', () => {
        failing.forEach((question) => save(question));
    });

    window.addEventListener('beforeunload', (event) => {
        if (failing.size > 0) {
            event.preventDefault();
        }
    });
})();
