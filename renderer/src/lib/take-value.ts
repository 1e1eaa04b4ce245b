/** Reads an uncontrolled field once and clears it: the value leaves the DOM as soon as it is read. */
export function takeValue(input: HTMLInputElement | null): string {
  if (!input) return '';
  const value = input.value;
  input.value = '';
  return value;
}
