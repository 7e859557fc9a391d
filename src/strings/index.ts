// Every Danish text the user sees lives under src/strings, one file per area of the app.
//
// Almost everything is re-exported here; the bundler still places each file by who uses it, so a
// file whose words only a lazily loaded part uses goes into that part's chunk, not into
// the first load. To keep it that way, the words of a dialog or panel that loads on first
// use live in a file of their own (./overviews, ./versions, ./status-log, ./backup …):
//   - never in an object the first screen also reads (t, meetingsText, dashboardText …):
//     an object is loaded whole;
//   - and such a file imports nothing from ./core or another first-screen file (./number
//     excepted: it imports nothing itself): that pulls it into the first load;
//   - and a value built at the top of such a file or of ./number (`new Intl…`) is marked
//     `/* @__PURE__ */`: otherwise the bundler keeps the file where this index is.
// A lazily loaded part may import its file directly. A file that lands in the first load
// in spite of all this when re-exported here is left out and only imported directly
// (./backup: 1.4 KB of the restore dialog's words, found with `npm run check:bundle`).
// Every count is written with ./number (`formatCount`, `countOf`: "10.000 indsatser").
export * from './number'
export * from './core'
export * from './field-errors'
export * from './conflict'
export * from './import'
export * from './export'
export * from './backup-button'
// ./backup: the restore dialog's words, imported from there (a re-export here would put them in the first load)
export * from './backup-reminder'
export * from './storage-panel'
export * from './dashboard'
export * from './meetings'
export * from './overviews'
export * from './versions'
export * from './status-log'
export * from './pwa'
export * from './dialog'
export * from './columns'
export * from './relative'
export * from './selection'
export * from './sharing-buttons'
export * from './sharing'
