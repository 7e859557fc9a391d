/** One line per event, with a timestamp, on stdout (errors on stderr): journald and files alike. */
export interface Log {
  info: (line: string) => void
  error: (line: string) => void
}

export const consoleLog: Log = {
  info: (line) => console.log(`${new Date().toISOString()} ${line}`),
  error: (line) => console.error(`${new Date().toISOString()} ${line}`),
}

export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error))
