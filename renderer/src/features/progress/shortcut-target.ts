/**
 * Where a single-letter shortcut must not fire: in any form control (text, select, checkbox,
 * button…), anywhere inside a form, in editable content, in ARIA widgets that take keys
 * themselves (combobox, listbox, grid, slider…) and in dialogs.
 */
const KEY_TAKERS = [
  'input',
  'select',
  'textarea',
  'button',
  'form',
  'dialog',
  '[contenteditable]:not([contenteditable="false"])',
  ...['textbox', 'searchbox', 'combobox', 'listbox', 'option', 'spinbutton', 'slider', 'menu', 'menuitem', 'grid', 'tree', 'dialog', 'alertdialog'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

export function takesKeysItself(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(KEY_TAKERS) !== null;
}
