// Unit and component tests run in Node by default; files that need a DOM say
// `// @vitest-environment jsdom` at the top. fake-indexeddb gives Dexie a real
// IndexedDB implementation in memory, so storage tests exercise real transactions.
import 'fake-indexeddb/auto'

// jsdom has no layout: the window virtualiser calls scrollTo, which jsdom only logs as missing.
if (typeof window !== 'undefined') window.scrollTo = () => {}
