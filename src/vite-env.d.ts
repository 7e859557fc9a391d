declare module 'dkfds-css'
