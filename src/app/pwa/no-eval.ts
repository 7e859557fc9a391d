/**
 * Imported first by src/main.tsx, before any module that builds a schema.
 *
 * The app's CSP has no 'unsafe-eval'. The app uses `zod/mini`, which never compiles
 * code; but Zod's classic `z.object` (`import … from 'zod'`) JIT-compiles parsers
 * with `new Function`, probing for it the first time an object schema is created —
 * and a blocked probe is reported as a `securitypolicyviolation` even though Zod then
 * falls back quietly. `jitless` keeps any such import from ever trying: parsing is the
 * same, only not JIT-compiled. (A Web Worker that imports Zod needs the same line.)
 */
import { config } from 'zod/mini'

config({ jitless: true })
