/** The status log's lazily loaded parts, in one chunk (see StatusLog). */
export { StatusLogPanel } from './StatusLogPanel'
export { StatusChangeNote } from './StatusChangeNote'
