import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes articles into an --out directory, each file whole or not at all: the text goes to a
 * hidden temporary file beside its destination and is renamed into place (atomic on one file
 * system), so an interrupted run, a full disk or a failed article leaves no partial file behind.
 */
export class OutDirectory {
  private readonly used = new Set<string>();
  private pending: string | null = null;

  constructor(private readonly dir: string) {}

  /** The destination for `stem` + `ext`, made unique within this run ("story-2.txt"). */
  pathFor(stem: string, ext: string): string {
    let name = `${stem}.${ext}`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${stem}-${n}.${ext}`;
    this.used.add(name.toLowerCase());
    return join(this.dir, name);
  }

  async write(path: string, text: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.sift-${process.pid}-${Date.now()}.tmp`);
    this.pending = temp;
    try {
      await writeFile(temp, text);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    } finally {
      this.pending = null;
    }
  }

  /** Removes the temporary file being written, if any: for a signal handler, which cannot wait. */
  discardPending(): void {
    if (this.pending) rmSync(this.pending, { force: true });
  }
}
