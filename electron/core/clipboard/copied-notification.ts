/** The notification shown after a copy: "Copied — clears in 20 s" (or just "Copied" when clearing is off). */
export function copiedNotification(clearSeconds: number): string {
  return clearSeconds > 0 ? `Copied — clears in ${clearSeconds} s` : 'Copied';
}
