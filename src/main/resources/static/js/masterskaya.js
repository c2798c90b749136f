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
// A refused or failed htmx request (403, 404, 409, 500, no network) is not swapped into the page,
// so say so above the page content instead of leaving the user with a button that did nothing.
function showRequestError(event) {
    const alert = document.getElementById('request-error');
    if (!alert) {
        return;
    }
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    const key = status === 403 ? 'forbidden' : status === 404 ? 'notFound' : status === 409 ? 'conflict' : 'failed';
    alert.textContent = alert.dataset[key];
    alert.classList.remove('d-none');
    alert.scrollIntoView({block: 'nearest'});
}
document.addEventListener('htmx:responseError', showRequestError);
document.addEventListener('htmx:sendError', showRequestError);
document.addEventListener('htmx:beforeRequest', () => {
    const alert = document.getElementById('request-error');
    if (alert) {
        alert.classList.add('d-none');
    }
});
