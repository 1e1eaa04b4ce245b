import type { MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem } from '../core/tray/index.ts';

/** Turns the pure tray model into an Electron Menu template; clicks call `onAction`. */
export function menuTemplate(items: readonly TrayMenuItem[], onAction: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'heading':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, onAction) };
      case 'action':
        return { label: item.label, click: () => onAction(item.action) };
    }
  });
}
