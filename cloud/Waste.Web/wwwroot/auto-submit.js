// A <select data-auto-submit> sends its form when changed: the pages' Content-Security-Policy runs no inline handler.
document.addEventListener('change', event => {
    if (event.target instanceof HTMLSelectElement && event.target.hasAttribute('data-auto-submit')) {
        event.target.form?.submit();
    }
});
