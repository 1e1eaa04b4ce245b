/** What to do at start: a second launch hands over to the first and quits. */
export function singleInstanceStart(gotLock: boolean): 'continue' | 'quit' {
  return gotLock ? 'continue' : 'quit';
}

export interface WindowPresence {
  exists: boolean;
  minimized: boolean;
  visible: boolean;
}

/** What the first instance does when a second one starts: bring the main window forward. */
export function secondInstanceActions(win: WindowPresence): Array<'create' | 'restore' | 'show' | 'focus'> {
  if (!win.exists) return ['create', 'focus'];
  const actions: Array<'restore' | 'show' | 'focus'> = [];
  if (win.minimized) actions.push('restore');
  if (!win.visible) actions.push('show');
  actions.push('focus');
  return actions;
}
