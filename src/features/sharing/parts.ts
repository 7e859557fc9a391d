/** What the sharing feature loads on first use, as one chunk: both dialogs and the status line. */
export { ShareDialog } from './ShareDialog'
export { OpenSharedDialog } from './OpenSharedDialog'
export { SharingStatus } from './SharingStatus'
