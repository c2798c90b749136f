// Small behaviours that a Content-Security-Policy without inline scripts needs to live in a file.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-autosubmit]').forEach((element) => {
        element.addEventListener('change', () => element.form.requestSubmit());
    });
});
// htmx requests other than GET carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', (event) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
