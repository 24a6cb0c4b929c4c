import { useEffect, useRef, type ReactNode } from "react";
import "./changes.css";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * A modal dialog (the native `<dialog>` in the top layer: the page behind it is inert). Tab and
 * Shift+Tab wrap inside it, Escape closes it, and on closing the focus goes back to where it
 * was when the dialog opened (the queue row, the button that opened it), or, when that is gone
 * (the row of a request just decided), wherever `onFocusLost` puts it.
 */
export function ModalDialog({
  title,
  testId,
  onClose,
  onFocusLost,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  onFocusLost?: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const onFocusLostRef = useRef(onFocusLost);
  onFocusLostRef.current = onFocusLost;
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault(); // the owner decides (it unmounts the dialog)
      onCloseRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
      else onFocusLostRef.current?.();
    };
  }, []);

  const trapTab = (e: React.KeyboardEvent) => {
    if (e.key !== "Tab") return;
    e.stopPropagation(); // a dialog opened from this one handles its own Tab
    const items = [...ref.current!.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const titleId = `${testId}-title`;
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} data-testid={testId} onKeyDown={trapTab}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </dialog>
  );
}
