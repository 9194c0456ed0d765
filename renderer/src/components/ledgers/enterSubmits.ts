import type { KeyboardEvent } from 'react';

/**
 * Enter anywhere in a form saves it, except in a text area (new line), on a button (it presses the
 * button) or in an open dropdown (it picks the option). A date picker commits its typed text first.
 * Use as onKeyDownCapture of the element around the form.
 */
export function enterSubmits(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    // isComposing / 229: Enter that confirms a pinyin IME candidate is not a save.
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229 || e.shiftKey || e.ctrlKey || e.altKey)
      return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (target.closest('.ant-picker')) {
      // Let the picker take the typed date, then save.
      window.setTimeout(submit, 0);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    submit();
  };
}
