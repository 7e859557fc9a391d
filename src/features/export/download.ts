// Moved to src/ui/download.ts so the backup feature can use it too; kept here for existing imports.
export { download } from '../../ui/download'
