/**
 * The phone build's entry (vite.phone.config.ts), loaded by src/main.tsx under a fixed name. It
 * imports the page in one step so the bundler fetches that code together with its stylesheets
 * (an entry's own styles would have no page to link them).
 */
void import('./app/phone-start.js')
