/** Share: the address bar always holds the view; this copies it and shows it. */
import { useEffect, useRef, useState } from 'react';

export function ShareButton() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const [url, setUrl] = useState('');

  useEffect(() => {
    if (!open) return;
    input.current?.select();
    const close = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  async function share() {
    const href = window.location.href;
    setUrl(href);
    setOpen(true);
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied. It opens this view: selection, filters, year, layout and position.');
    } catch {
      setStatus('Copy this link to share the view.');
    }
  }

  return (
    <div className="menu" ref={wrapper} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-controls="share-popover" onClick={() => void share()}>
        Share
      </button>
      <div id="share-popover" className="menu-items share-popover" hidden={!open}>
        <label htmlFor="share-url" className="field-label">
          Link to this view
        </label>
        <input id="share-url" ref={input} readOnly value={url} data-testid="share-url" />
        <p className="hint" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
