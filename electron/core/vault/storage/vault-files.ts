/** The files that belong to a vault at `path`. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}
