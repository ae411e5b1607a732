import { opensPhoneView } from './app/route.js'

/**
 * The page's first script, kept small on purpose: a phone's board page loads the phone build
 * (the phone view on Preact, `dist/phone/`, see vite.phone.config.ts), every other page the app
 * on React. The dev server has no phone build, and a phone build that cannot be fetched leaves
 * the page to the app, which shows the same phone view on React.
 */
const PHONE_ENTRY = '/phone/entry.js'

function startApp(): void {
  void import('./app/start.js')
}

if (!import.meta.env.DEV && opensPhoneView(location.pathname, location.search, innerWidth)) {
  import(/* @vite-ignore */ PHONE_ENTRY).catch(startApp)
} else {
  startApp()
}
