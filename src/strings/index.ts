// Every Danish text the user sees lives under src/strings, one file per area of the app.
export * from './core'
export * from './import'
export * from './export'
export * from './backup'
export * from './dashboard'
export * from './meetings'
export * from './pwa'
