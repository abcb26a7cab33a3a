/** Where start-up, shutdown and background work report progress: one line at a time. */
export type Log = (line: string) => void;
