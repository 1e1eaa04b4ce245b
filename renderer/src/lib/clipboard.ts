/** Writes text the user asked to copy (generator output, server names). Entry secrets go through the core. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
