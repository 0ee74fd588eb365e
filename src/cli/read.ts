// Reading a file from the command line: its bytes, or a one-line reason every command prints the same way.
import { readFileSync } from 'node:fs';

export function readBytes(path: string): Uint8Array | string {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message}`;
  }
}
