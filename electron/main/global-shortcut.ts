const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);
const KEY = /^(?:[a-z0-9]|f(?:[1-9]|1[0-9]|2[0-4])|space|tab|backspace|delete|insert|return|enter|up|down|left|right|home|end|pageup|pagedown|escape|esc|plus|[`~!@#$%^&*()\-=[\]\\;',./])$/i;

/**
 * Whether a shortcut setting is an Electron accelerator that makes sense as a global shortcut:
 * at least one modifier other than Shift, then exactly one key.
 */
export function isValidGlobalShortcut(accelerator: string): boolean {
  if (typeof accelerator !== 'string' || accelerator.length > 64) return false;
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key || !KEY.test(key)) return false;
  const mods = parts.map((p) => p.toLowerCase());
  if (mods.length === 0 || new Set(mods).size !== mods.length) return false;
  if (!mods.every((m) => MODIFIERS.has(m))) return false;
  return mods.some((m) => m !== 'shift');
}
