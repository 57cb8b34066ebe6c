/** A one-line progress bar for a terminal; callers create it only when the stream is a TTY. */
export type ProgressBar = Readonly<{
  update: (label: string, done: number, total: number) => void;
  clear: () => void;
}>;

const WIDTH = 28;
const REDRAW_MS = 100;

export function progressBar(stream: Pick<NodeJS.WriteStream, "write">, now: () => number = Date.now): ProgressBar {
  let drawn = 0;
  let lastLabel = "";
  return {
    update(label, done, total) {
      // Redraw at most every 100 ms, but always at the start and end of a step.
      if (label === lastLabel && done !== total && now() - drawn < REDRAW_MS) return;
      drawn = now();
      lastLabel = label;
      stream.write(`\r\x1b[K${renderBar(label, done, total)}`);
    },
    clear() {
      stream.write("\r\x1b[K");
    },
  };
}

export function renderBar(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * WIDTH);
  const percent = `${Math.round(ratio * 100)}%`.padStart(4);
  return `${label.slice(0, 40).padEnd(40)} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${percent} ${done}/${total}`;
}
