/**
 * The last tab of the left panel's row: "More", a menu button for the tools without a tab of their
 * own (Enter, Space or ArrowDown opens it on the chosen tool; ArrowUp/ArrowDown, Home/End move;
 * Enter or Space chooses; Escape or Tab closes). While one of them is open, the tab shows its name
 * and is the selected tab. The menu is drawn outside the tab list, which may hold only tabs.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { dispatch } from '../../state/store.ts';
import { toolAfterKey, type Panel, type ToolTab } from './tool-tabs.ts';

export const MORE_TAB_ID = 'tab-more';

/** The "More" tab for the tab list, and its menu (null while closed) for beside the list. */
export function useMoreTools(tools: readonly ToolTab[], panel: Panel): { tab: ReactNode; menu: ReactNode } {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<Panel>(panel);
  const tabRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const chosen = tools.find((tool) => tool.panel === panel);
  useFocusAndOutsideClick(open, active, [tabRef, menuRef], () => setOpen(false));

  function openMenu() {
    setActive(chosen?.panel ?? tools[0]!.panel);
    setOpen(true);
  }
  function close() {
    setOpen(false);
    tabRef.current?.focus();
  }
  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    openMenu();
  }
  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') return close();
    if (event.key === 'Tab') return setOpen(false);
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') return;
    const next = toolAfterKey(tools, active, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next);
  }

  const tab = (
    <button
      ref={tabRef}
      id={MORE_TAB_ID}
      type="button"
      role="tab"
      aria-selected={chosen !== undefined}
      aria-controls={chosen ? `panel-${chosen.panel}` : undefined}
      aria-haspopup="menu"
      aria-expanded={open}
      aria-label={chosen ? undefined : 'More tools'}
      title={`${chosen ? `${chosen.label}. ` : ''}More tools: ${tools.map((tool) => tool.label).join(', ')}`}
      tabIndex={chosen ? 0 : -1}
      onClick={() => (open ? setOpen(false) : openMenu())}
      onKeyDown={onTabKeyDown}
    >
      <span className="more-tools-label">{chosen?.label ?? 'More'}</span>
      <span className="more-tools-caret" aria-hidden="true">
        ▾
      </span>
    </button>
  );
  const menu = open && (
    <div
      ref={menuRef}
      className="menu-items more-tools-menu"
      role="menu"
      aria-label="More tools"
      onKeyDown={onMenuKeyDown}
    >
      {tools.map((tool) => (
        <button
          key={tool.panel}
          id={`menu-${tool.panel}`}
          type="button"
          role="menuitemradio"
          aria-checked={tool.panel === panel}
          tabIndex={-1}
          onClick={() => {
            dispatch({ type: 'setPanel', panel: tool.panel });
            close();
          }}
        >
          {tool.label}
        </button>
      ))}
    </div>
  );
  return { tab, menu };
}

/** While the menu is open: focus follows the active item, and a press outside the tab and menu closes it. */
function useFocusAndOutsideClick(
  open: boolean,
  active: Panel,
  inside: readonly { current: HTMLElement | null }[],
  close: () => void,
) {
  useEffect(() => {
    if (open) document.getElementById(`menu-${active}`)?.focus();
  }, [open, active]);
  useEffect(() => {
    if (!open) return;
    const onPress = (event: MouseEvent) => {
      if (!inside.some((element) => element.current?.contains(event.target as Node))) close();
    };
    document.addEventListener('mousedown', onPress);
    return () => document.removeEventListener('mousedown', onPress);
  }, [open]);
}
